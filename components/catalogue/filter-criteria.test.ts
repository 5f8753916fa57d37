import { describe, expect, it } from "vitest";
import { filterCriteria, highlight, type BrowserSection } from "./filter-criteria";

const sections: BrowserSection[] = [
  {
    key: "EDGE",
    title: "Edge",
    description: "",
    criteria: [
      { key: "EDGE-01", title: "Communications encryption", description: "TLS everywhere" },
      { key: "EDGE-05", title: "Update verification", description: "Signed updates" },
    ],
  },
  {
    key: "CLOUD",
    title: "Cloud Platform",
    description: "",
    criteria: [{ key: "CLOUD-01", title: "Encrypted communications", description: "Mutual TLS" }],
  },
];

describe("filterCriteria", () => {
  it("returns everything for an empty query", () => {
    expect(filterCriteria(sections, "  ", null).flatMap((s) => s.criteria)).toHaveLength(3);
  });
  it("matches every word, case- and accent-insensitively, in key, title or description", () => {
    expect(filterCriteria(sections, "TLS mutual", null).flatMap((s) => s.criteria.map((c) => c.key))).toEqual(
      ["CLOUD-01"],
    );
    expect(filterCriteria(sections, "édge-05", null).flatMap((s) => s.criteria.map((c) => c.key))).toEqual([
      "EDGE-05",
    ]);
  });
  it("filters by section and drops sections without matches", () => {
    expect(filterCriteria(sections, "tls", "EDGE").map((s) => s.key)).toEqual(["EDGE"]);
    expect(filterCriteria(sections, "signed", null).map((s) => s.key)).toEqual(["EDGE"]);
    expect(filterCriteria(sections, "nothing-like-this", null)).toEqual([]);
  });
});

describe("highlight", () => {
  it("marks every occurrence of every word", () => {
    expect(highlight("Encrypted communications", "comm enc")).toEqual([
      { text: "Enc", match: true },
      { text: "rypted ", match: false },
      { text: "comm", match: true },
      { text: "unications", match: false },
    ]);
  });
  it("returns the text untouched without a query", () => {
    expect(highlight("<script>", "")).toEqual([{ text: "<script>", match: false }]);
  });
});
