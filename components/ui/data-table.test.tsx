import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Cell, DataTable } from "./data-table";

describe("DataTable", () => {
  it("labels its scroll region, captions for screen readers and heads each column", () => {
    const html = renderToStaticMarkup(
      <DataTable
        label="Tokens"
        caption="Your tokens"
        headings={["Name", "Scopes"]}
        headingClassName="whitespace-nowrap"
      >
        <tr>
          <Cell className="font-mono">a</Cell>
          <Cell>b</Cell>
        </tr>
      </DataTable>,
    );
    expect(html).toContain('role="region" aria-label="Tokens"');
    expect(html).toContain('<caption class="sr-only">Your tokens</caption>');
    expect(html.match(/<th scope="col" class="px-3 py-2 font-medium whitespace-nowrap">/g)).toHaveLength(2);
    expect(html).toContain('<td class="px-3 py-2 font-mono">a</td><td class="px-3 py-2">b</td>');
  });

  it("leaves the caption out when there is none, and lets a cell override the padding", () => {
    const html = renderToStaticMarkup(
      <DataTable label="Sections" headings={["Section"]}>
        <tr>
          <Cell className="px-0">x</Cell>
        </tr>
      </DataTable>,
    );
    expect(html).not.toContain("<caption");
    expect(html).toContain('<td class="py-2 px-0">x</td>');
  });
});
