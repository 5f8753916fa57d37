import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted } from "./highlighted";

describe("Highlighted", () => {
  it("renders text with nothing to mark as bare text: no element per row for the browser to hydrate", () => {
    expect(renderToStaticMarkup(<Highlighted text="Secure boot" query="" />)).toBe("Secure boot");
    expect(renderToStaticMarkup(<Highlighted text="Secure boot" query="tls" />)).toBe("Secure boot");
  });

  it("marks each match and leaves the runs between them as text", () => {
    expect(renderToStaticMarkup(<Highlighted text="Secure boot, secure update" query="secure" />)).toBe(
      "<mark>Secure</mark> boot, <mark>secure</mark> update",
    );
  });

  it("escapes the text it is given", () => {
    expect(renderToStaticMarkup(<Highlighted text="<b>x</b> & y" query="y" />)).toBe(
      "&lt;b&gt;x&lt;/b&gt; &amp; <mark>y</mark>",
    );
  });
});
