import { describe, expect, it } from "vitest";
import {
  mappingRows,
  notCoveredRows,
  oneLine,
  parseMappingFilter,
  relationshipCounts,
  type LinkRow,
} from "./mapping-view";

const source = [
  { key: "A1", title: "Secure boot" },
  { key: "A2", title: "Encrypted transport" },
  { key: "A3", title: "Unmapped criterion" },
];
const target = [
  { key: "R1", title: "Integrity of software" },
  { key: "R2", title: "Confidentiality" },
  { key: "R3", title: "Vulnerability handling" },
];
const links: LinkRow[] = [
  { sourceKey: "A2", targetKey: "R2", relationship: "subset", rationale: "TLS protects data in transit" },
  { sourceKey: "A1", targetKey: "R1", relationship: "equivalent", rationale: "Boot chain verified\nmore" },
  { sourceKey: "A1", targetKey: "R2", relationship: "intersects", rationale: "keys in secure storage" },
];
const all = { q: "", rel: null };

describe("parseMappingFilter", () => {
  it("reads q and rel from the address, dropping what it cannot read", () => {
    expect(parseMappingFilter({ q: "  boot ", rel: "subset" })).toEqual({ q: "boot", rel: "subset" });
    expect(parseMappingFilter({ q: ["x", "y"], rel: "nonsense" })).toEqual({ q: "x", rel: null });
    expect(parseMappingFilter({ q: "z".repeat(201) })).toEqual({ q: "", rel: null });
    expect(parseMappingFilter({})).toEqual(all);
  });
});

describe("mappingRows", () => {
  it("groups links by criterion in the source catalogue's order, leaving unlinked criteria out", () => {
    const { rows, shownLinks } = mappingRows(links, source, target, all);
    expect(rows.map((r) => [r.key, r.targets.map((t) => t.key)])).toEqual([
      ["A1", ["R1", "R2"]],
      ["A2", ["R2"]],
    ]);
    expect(rows[0].targets[0]).toEqual({
      key: "R1",
      title: "Integrity of software",
      relationship: "equivalent",
      rationale: "Boot chain verified",
    });
    expect(shownLinks).toBe(3);
  });

  it("a criterion match shows all its links; a requirement or rationale match only that link", () => {
    expect(mappingRows(links, source, target, { q: "BOOT", rel: null }).rows.map((r) => r.key)).toEqual([
      "A1",
    ]);
    expect(mappingRows(links, source, target, { q: "boot", rel: null }).shownLinks).toBe(2);
    const conf = mappingRows(links, source, target, { q: "confidential", rel: null });
    expect(conf.rows.map((r) => [r.key, r.targets.map((t) => t.key)])).toEqual([
      ["A1", ["R2"]],
      ["A2", ["R2"]],
    ]);
    expect(mappingRows(links, source, target, { q: "tls", rel: null }).shownLinks).toBe(1);
    expect(mappingRows(links, source, target, { q: "nothing", rel: null }).rows).toEqual([]);
  });

  it("filters by relationship, together with the text", () => {
    expect(mappingRows(links, source, target, { q: "", rel: "intersects" }).shownLinks).toBe(1);
    expect(mappingRows(links, source, target, { q: "transport", rel: "intersects" }).rows).toEqual([]);
  });
});

describe("relationshipCounts, oneLine, notCoveredRows", () => {
  it("counts every relationship, zeros included, in NIST IR 8477 order", () => {
    expect(relationshipCounts(links)).toEqual([
      { relationship: "equivalent", count: 1 },
      { relationship: "subset", count: 1 },
      { relationship: "superset", count: 0 },
      { relationship: "intersects", count: 1 },
    ]);
  });

  it("keeps the first line of a rationale and shortens a long one", () => {
    expect(oneLine("  first\nsecond")).toBe("first");
    expect(oneLine("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("lists not-covered requirements with their titles in catalogue order", () => {
    expect(
      notCoveredRows(
        [
          { key: "R3", reason: "manufacturer duty" },
          { key: "R1", reason: "" },
        ],
        target,
      ),
    ).toEqual([
      { key: "R1", title: "Integrity of software", reason: "" },
      { key: "R3", title: "Vulnerability handling", reason: "manufacturer duty" },
    ]);
  });
});
