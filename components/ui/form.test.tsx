import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field, SelectField, TextAreaField } from "./form";

const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`).exec(html)?.[1];

describe("form fields", () => {
  it("tie the label to the control and describe it by its hint while there is no error", () => {
    for (const [html, tag] of [
      [renderToStaticMarkup(<Field label="Name" name="name" hint="As shown" />), "input"],
      [renderToStaticMarkup(<TextAreaField label="Notes" name="name" hint="As shown" />), "textarea"],
      [
        renderToStaticMarkup(
          <SelectField label="Role" name="name" hint="As shown">
            <option>a</option>
          </SelectField>,
        ),
        "select",
      ],
    ] as const) {
      expect(html).toContain('<label for="f-name"');
      expect(attr(html, tag, "id")).toBe("f-name");
      expect(attr(html, tag, "aria-invalid")).toBe("false");
      expect(attr(html, tag, "aria-describedby")).toBe("f-name-hint");
      expect(html).toContain('<p id="f-name-hint"');
    }
  });

  it("replace the hint by an alert the control is described by when there is an error", () => {
    const html = renderToStaticMarkup(
      <SelectField label="Role" name="role" hint="Hidden now" error="Pick a role">
        <option>a</option>
      </SelectField>,
    );
    expect(attr(html, "select", "aria-invalid")).toBe("true");
    expect(attr(html, "select", "aria-describedby")).toBe("f-role-err");
    expect(html).toContain('<p id="f-role-err" role="alert"');
    expect(html).not.toContain("Hidden now");
  });

  it("let a caller's props through to the control", () => {
    const html = renderToStaticMarkup(
      <TextAreaField label="Notes" name="notes" defaultValue="x" maxLength={9} />,
    );
    expect(attr(html, "textarea", "maxLength")).toBe("9");
    expect(attr(html, "textarea", "rows")).toBe("5");
    expect(html).toContain(">x</textarea>");
  });
});
