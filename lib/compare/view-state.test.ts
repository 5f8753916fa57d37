import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseViewState, serializeViewState } from "./view-state";

describe("the crosswalk tab in the URL", () => {
  it("is off unless xw is in the address; xw= alone opens it on the first target", () => {
    expect(parseViewState(new URLSearchParams("e=a,b")).crosswalk).toBeNull();
    expect(parseViewState({ e: "a,b" }).crosswalk).toBeNull();
    expect(parseViewState(new URLSearchParams("e=a,b&xw=")).crosswalk).toBe("");
    expect(parseViewState({ e: "a,b", xw: "" }).crosswalk).toBe("");
    expect(parseViewState(new URLSearchParams("xw=nist-ir-8425")).crosswalk).toBe("nist-ir-8425");
  });

  it("round-trips target and matrix style, and leaves the defaults out", () => {
    const view = {
      ...DEFAULT_VIEW,
      evaluations: ["a", "b"],
      crosswalk: "eu-cra-annex-i",
      crosswalkView: "table" as const,
    };
    const qs = serializeViewState(view);
    expect(qs).toBe("e=a,b&xw=eu-cra-annex-i&xwv=table");
    expect(parseViewState(new URLSearchParams(qs))).toEqual(view);
    expect(serializeViewState({ ...view, crosswalk: "", crosswalkView: "heatmap" })).toBe("e=a,b&xw=");
    expect(
      parseViewState(new URLSearchParams(serializeViewState({ ...view, crosswalk: "" }))).crosswalk,
    ).toBe("");
    expect(serializeViewState({ ...view, crosswalk: null, crosswalkView: "heatmap" })).toBe("e=a,b");
  });

  it("is forgiving: junk falls back, an unknown target is kept (trimmed, bounded) for the server to name", () => {
    expect(parseViewState({ xwv: "pie" }).crosswalkView).toBe("heatmap");
    expect(parseViewState({ xw: ["etsi-en-303-645", "nist-ir-8425"] }).crosswalk).toBe("etsi-en-303-645");
    expect(parseViewState({ xw: "  iso-27001 " }).crosswalk).toBe("iso-27001");
    expect(parseViewState({ xw: "x".repeat(500) }).crosswalk).toHaveLength(100);
    // Other state is untouched by the tab.
    expect(parseViewState({ e: "a,b", p: "cloud-only", xw: "eu-cra-annex-i" })).toMatchObject({
      evaluations: ["a", "b"],
      profile: "cloud-only",
    });
  });
});
