import { describe, expect, it } from "vitest";
import { buildRows, vendorSpread } from "./rows";
import type { ComparisonCell, ComparisonData } from "./types";
import { DEFAULT_VIEW, parseViewState, serializeViewState } from "./view-state";

const cell = (value: ComparisonCell["value"]): ComparisonCell => ({
  value,
  source: "median",
  spread: 0,
  disagreement: false,
  lowConfidence: false,
  carriedOver: false,
  agreedReason: null,
  reviews: [],
});
const vendor = (id: string, values: Record<string, ComparisonCell["value"]>) => ({
  evaluationId: id,
  framework: { name: id, vendor: "V", productVersion: "1" },
  status: "final" as const,
  sections: [
    { key: "A", inScope: true, hidden: false, submittedBy: 1 },
    { key: "B", inScope: true, hidden: false, submittedBy: 1 },
  ],
  cells: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, cell(v)])),
});
const data: ComparisonData = {
  generatedAt: "2026-01-01T00:00:00.000Z",
  hideReviewers: false,
  profiles: [],
  catalogue: { slug: "c", version: "1", title: "C", max: 4, levels: [] },
  sections: [
    {
      key: "A",
      title: "Alpha",
      criteria: [
        { key: "A-1", title: "Encryption" },
        { key: "A-2", title: "Updates" },
        { key: "A-3", title: "Logging" },
      ],
    },
    { key: "B", title: "Beta", criteria: [{ key: "B-1", title: "Secrets" }] },
  ],
  vendors: [
    vendor("x", { "A-1": 4, "A-2": 1, "A-3": "na", "B-1": 2 }),
    vendor("y", { "A-1": 1, "A-2": 2, "A-3": 3, "B-1": 2.5 }),
  ],
};
const keys = (rows: ReturnType<typeof buildRows>) => rows.map((r) => r.key);

describe("compare rows", () => {
  it("groups criteria under their sections in catalogue order", () => {
    expect(keys(buildRows(data, DEFAULT_VIEW, ["x", "y"]))).toEqual(["A", "A-1", "A-2", "A-3", "B", "B-1"]);
  });

  it("keeps only criteria where the shown vendors differ by 2 or more; N/A and unscored do not count", () => {
    const view = { ...DEFAULT_VIEW, differentiators: true };
    expect(keys(buildRows(data, view, ["x", "y"]))).toEqual(["A", "A-1"]);
    // With one vendor hidden nothing differs, and empty sections disappear.
    expect(keys(buildRows(data, view, ["x"]))).toEqual([]);
    expect(vendorSpread([4, "na", null, 1])).toBe(3);
    expect(vendorSpread([4, null])).toBeNull();
  });

  it("filters by key, title or section title, case-insensitively", () => {
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, query: "upd" }, ["x", "y"]))).toEqual(["A", "A-2"]);
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, query: "beta" }, ["x", "y"]))).toEqual(["B", "B-1"]);
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, query: "b-1" }, ["x", "y"]))).toEqual(["B", "B-1"]);
  });

  it("sorts within each section by one vendor, unscored and N/A last, and folds sections", () => {
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, sortBy: "x", sortDir: "desc" }, ["x", "y"]))).toEqual([
      "A",
      "A-1",
      "A-2",
      "A-3",
      "B",
      "B-1",
    ]);
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, sortBy: "x", sortDir: "asc" }, ["x", "y"]))).toEqual([
      "A",
      "A-2",
      "A-1",
      "A-3",
      "B",
      "B-1",
    ]);
    expect(keys(buildRows(data, { ...DEFAULT_VIEW, sortBy: "y", sortDir: "desc" }, ["x", "y"]))).toEqual([
      "A",
      "A-3",
      "A-2",
      "A-1",
      "B",
      "B-1",
    ]);
    const folded = buildRows(data, { ...DEFAULT_VIEW, collapsed: ["A"], sections: ["A"] }, ["x", "y"]);
    expect(folded).toEqual([
      { kind: "section", key: "A", title: "Alpha", count: 3, shown: 3, collapsed: true },
    ]);
  });
});

describe("compare view state in the URL", () => {
  it("round-trips every setting and leaves defaults out", () => {
    const view = {
      evaluations: ["a", "b"],
      profile: "cloud-only",
      sections: ["EDGE"],
      collapsed: ["GW"],
      query: "tls & co",
      differentiators: true,
      sortBy: "a",
      sortDir: "asc" as const,
      hidden: ["b"],
      crosswalk: "eu-cra-annex-i",
      crosswalkView: "table" as const,
    };
    const qs = serializeViewState(view);
    expect(parseViewState(new URLSearchParams(qs))).toEqual(view);
    expect(serializeViewState({ ...DEFAULT_VIEW, evaluations: ["a", "b"] })).toBe("e=a,b");
  });

  it("falls back to defaults on junk and accepts repeated e from a form", () => {
    const view = parseViewState({ e: ["a", "b", "a"], dir: "sideways", sec: "<script>,GW", diff: "yes" });
    expect(view).toMatchObject({
      evaluations: ["a", "b"],
      sortDir: "desc",
      sections: ["GW"],
      differentiators: false,
      profile: "equal",
    });
  });
});
