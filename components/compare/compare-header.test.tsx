import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import Loading from "@/app/(app)/w/[workspace]/compare/loading";
import { CompareHeader } from "./compare-header";

describe("the compare page's loading state", () => {
  it("shows the page's own header, so nothing larger is painted when the page replaces it", () => {
    const header = renderToStaticMarkup(<CompareHeader />);
    expect(header).toContain("Consensus scores side by side");
    const loading = renderToStaticMarkup(<Loading />);
    expect(loading).toContain(header);
    // Its status is said once, outside the header.
    expect(loading.match(/role="status"/g)).toHaveLength(1);
    expect(loading.indexOf("Loading the comparison…")).toBeGreaterThan(loading.indexOf(header));
  });
});
