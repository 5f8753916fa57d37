import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonVariants } from "./button";
import { cn } from "./cn";

const classes = (html: string) => /class="([^"]*)"/.exec(html)?.[1].split(" ") ?? [];

describe("cn", () => {
  it("keeps a font size and a theme colour that share the text- prefix", () => {
    expect(cn("text-sm text-muted")).toBe("text-sm text-muted");
  });
  it("lets the later of two conflicting classes win", () => {
    expect(cn("text-sm text-muted", "text-fg")).toBe("text-sm text-fg");
    expect(cn("text-sm text-muted", "text-xs")).toBe("text-muted text-xs");
    expect(cn("h-9 px-3.5", false, undefined, "px-2")).toBe("h-9 px-2");
  });
});

describe("Button", () => {
  it("is a primary, medium button by default", () => {
    const c = classes(renderToStaticMarkup(<Button>Save</Button>));
    expect(c).toEqual(
      expect.arrayContaining(["bg-accent", "text-accent-fg", "h-9", "px-3.5", "font-medium"]),
    );
  });

  it("renders each variant's colours and no other variant's", () => {
    const danger = classes(renderToStaticMarkup(<Button variant="danger">Delete</Button>));
    expect(danger).toEqual(expect.arrayContaining(["border-danger", "text-danger"]));
    expect(danger).not.toContain("bg-accent");
    const ghost = classes(renderToStaticMarkup(<Button variant="ghost">Menu</Button>));
    expect(ghost).toContain("text-muted");
    expect(ghost).not.toContain("border");
  });

  it("lets className override a default through tailwind-merge", () => {
    const c = classes(renderToStaticMarkup(<Button className="mt-3 px-2">Add</Button>));
    expect(c).toContain("px-2");
    expect(c).toContain("mt-3");
    expect(c).not.toContain("px-3.5");
  });

  it("leaves the type to the caller, so a button in a form still submits it", () => {
    expect(renderToStaticMarkup(<Button>Go</Button>)).not.toContain("type=");
    expect(renderToStaticMarkup(<Button type="button">Go</Button>)).toContain('type="button"');
  });

  it("passes other props through (disabled, aria, data)", () => {
    const html = renderToStaticMarkup(
      <Button disabled aria-label="Sign out" data-testid="x">
        Out
      </Button>,
    );
    expect(html).toMatch(/^<button[^>]* disabled=""/);
    expect(html).toContain('aria-label="Sign out"');
    expect(html).toContain('data-testid="x"');
  });

  it("styles a link the same way through buttonVariants", () => {
    const c = buttonVariants({ variant: "secondary", size: "sm" }).split(" ");
    expect(c).toEqual(
      expect.arrayContaining(["border-border", "bg-surface", "h-8", "px-3", "hover:no-underline"]),
    );
  });

  it("keeps every size at least 24 px tall, the axe target size", () => {
    for (const size of ["xs", "sm", "md"] as const) {
      const h = buttonVariants({ size }).match(/\bh-(\d+)\b/);
      expect(h, size).not.toBeNull();
      expect(Number(h![1]) * 4, size).toBeGreaterThanOrEqual(24);
    }
  });
});

describe("cn's class groups", () => {
  it("resolves the conflicts our primitives meet and leaves other classes alone", () => {
    expect(cn("p-3", "px-2")).toBe("p-3 px-2");
    expect(cn("px-2", "p-3")).toBe("p-3");
    expect(cn("mt-1", "my-2")).toBe("my-2");
    expect(cn("border border-border", "border-danger")).toBe("border border-danger");
    expect(cn("font-medium", "font-normal")).toBe("font-normal");
    expect(cn("inline-flex", "hidden")).toBe("hidden");
    expect(cn("rounded-md", "rounded")).toBe("rounded");
    expect(cn("hover:bg-surface-2", "hover:bg-accent", "bg-surface")).toBe("hover:bg-accent bg-surface");
    expect(cn("line-clamp-2 whitespace-pre-line", "text-2xl sm:text-3xl")).toBe(
      "line-clamp-2 whitespace-pre-line text-2xl sm:text-3xl",
    );
  });
});
