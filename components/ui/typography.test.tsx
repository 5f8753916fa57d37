import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Heading } from "./heading";
import { Muted } from "./muted";
import { PageHeader } from "./page-header";
import { Stat } from "./stat";

describe("Heading", () => {
  it("renders the tag of its level with that level's size", () => {
    expect(renderToStaticMarkup(<Heading level={1}>T</Heading>)).toBe(
      '<h1 class="text-2xl font-semibold">T</h1>',
    );
    expect(renderToStaticMarkup(<Heading level={2}>T</Heading>)).toBe('<h2 class="font-semibold">T</h2>');
    expect(renderToStaticMarkup(<Heading level={3}>T</Heading>)).toBe('<h3 class="font-medium">T</h3>');
  });

  it("takes a size apart from the level, and merges className", () => {
    expect(
      renderToStaticMarkup(
        <Heading level={2} size="section" id="scale" className="mb-1">
          T
        </Heading>,
      ),
    ).toBe('<h2 class="text-lg font-semibold mb-1" id="scale">T</h2>');
  });
});

describe("Muted", () => {
  it("is a paragraph of small muted text by default", () => {
    expect(renderToStaticMarkup(<Muted>x</Muted>)).toBe('<p class="text-sm text-muted">x</p>');
  });

  it("renders as span or div and keeps role and extra classes", () => {
    expect(
      renderToStaticMarkup(
        <Muted as="span" role="status" className="mt-1">
          x
        </Muted>,
      ),
    ).toBe('<span class="text-sm text-muted mt-1" role="status">x</span>');
    expect(renderToStaticMarkup(<Muted as="div">x</Muted>)).toMatch(/^<div /);
  });

  it("lets a caller's colour replace the muted one", () => {
    expect(renderToStaticMarkup(<Muted className="text-fg">x</Muted>)).toBe(
      '<p class="text-sm text-fg">x</p>',
    );
  });
});

describe("PageHeader", () => {
  it("renders exactly one h1, the description, the actions and the breadcrumbs", () => {
    const html = renderToStaticMarkup(
      <PageHeader breadcrumbs={<a href="/a">A</a>} title="Frameworks" actions={<button>New</button>}>
        Described
      </PageHeader>,
    );
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toMatch(/<h1 class="[^"]*text-2xl font-semibold[^"]*">Frameworks<\/h1>/);
    expect(html).toContain('<nav aria-label="Breadcrumb"');
    expect(html).toContain("Described");
    expect(html).toContain("<button>New</button>");
    // The breadcrumbs come before the title in reading order.
    expect(html.indexOf("Breadcrumb")).toBeLessThan(html.indexOf("<h1"));
  });

  it("leaves out what is not given, and has no margin unless asked", () => {
    const html = renderToStaticMarkup(<PageHeader title="Members" />);
    expect(html).not.toContain("<nav");
    expect(html).not.toContain("max-w-3xl");
    expect(html).not.toMatch(/\bm[btxy]?-\d/);
    expect(renderToStaticMarkup(<PageHeader title="x" className="mb-6" />)).toMatch(/^<div class="mb-6">/);
  });
});

describe("PageHeader size", () => {
  it("keeps the larger title and body-size description of the public pages under size lg", () => {
    const lg = renderToStaticMarkup(
      <PageHeader title="T" size="lg">
        D
      </PageHeader>,
    );
    expect(lg).toMatch(/<h1 class="[^"]*\btext-2xl\b[^"]*\bsm:text-3xl\b[^"]*">T<\/h1>/);
    expect(lg).toContain('<div class="max-w-3xl text-muted mt-2">D</div>');
    const md = renderToStaticMarkup(<PageHeader title="T">D</PageHeader>);
    expect(md).not.toContain("sm:text-3xl");
    expect(md).toContain('<div class="max-w-3xl text-muted mt-1 text-sm">D</div>');
  });
});

describe("Stat", () => {
  it("shows the label muted above the value, with the value's test id and the detail", () => {
    const html = renderToStaticMarkup(
      <Stat label="Locked accounts" value={3} testId="locked">
        <span>detail</span>
      </Stat>,
    );
    expect(html).toMatch(
      /<div class="text-sm text-muted">Locked accounts<\/div><div class="text-2xl font-semibold" data-testid="locked">3<\/div><span>detail<\/span>/,
    );
  });
});
