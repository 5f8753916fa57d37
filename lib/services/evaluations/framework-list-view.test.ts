import { describe, expect, it } from "vitest";
import { frameworkListView, showArchivedParam } from "./framework-list-view";

describe("showArchivedParam", () => {
  it("is on for ?archived=1 only", () => {
    expect(showArchivedParam("1")).toBe(true);
    expect([undefined, "0", "true", ["1", "1"]].map(showArchivedParam)).toEqual([false, false, false, false]);
  });
});

describe("frameworkListView", () => {
  it("flips between the active list and all frameworks", () => {
    expect(frameworkListView("acme", false, true)).toMatchObject({
      heading: "Active frameworks",
      toggle: { href: "/w/acme/frameworks?archived=1", label: "Show archived" },
    });
    expect(frameworkListView("acme", true, true)).toMatchObject({
      heading: "All frameworks",
      toggle: { href: "/w/acme/frameworks", label: "Hide archived" },
    });
  });

  it("points those who may add a framework at the form when the list is empty", () => {
    expect(frameworkListView("acme", false, true).empty).toBe("No frameworks yet — add the first one above.");
    expect(frameworkListView("acme", false, false).empty).toBe("No frameworks yet.");
  });
});
