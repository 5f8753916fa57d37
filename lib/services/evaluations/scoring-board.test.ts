import { describe, expect, it } from "vitest";
import { lockedReason } from "./scoring-board";

// The section fields lockedReason reads; the rest of a loaded section does not matter here.
const section = (s: { inScope?: boolean; assigneeIds?: string[]; submittedByIds?: string[] } = {}) =>
  ({
    key: "EDGE",
    title: "Edge",
    criteria: [],
    outOfScopeReason: null,
    inScope: s.inScope ?? true,
    assigneeIds: s.assigneeIds ?? [],
    submittedByIds: s.submittedByIds ?? [],
  }) as unknown as Parameters<typeof lockedReason>[1];

describe("lockedReason", () => {
  it("is null for anyone who may score an open section", () => {
    for (const role of ["owner", "admin", "reviewer"] as const)
      expect(lockedReason("in_review", section(), "u1", role)).toBeNull();
    expect(lockedReason("draft", section({ assigneeIds: ["u1"] }), "u1", "reviewer")).toBeNull();
  });

  it("names the first reason that applies: final, then submitted, then out of scope, then not scoring", () => {
    const all = section({ inScope: false, assigneeIds: ["u2"], submittedByIds: ["u1"] });
    expect(lockedReason("final", all, "u1", "reviewer")).toBe("Final: read-only.");
    expect(lockedReason("in_review", all, "u1", "reviewer")).toBe("You submitted this section.");
    expect(lockedReason("in_review", section({ inScope: false }), "u1", "owner")).toBe(
      "This section is out of scope.",
    );
    expect(lockedReason("in_review", section({ assigneeIds: ["u2"] }), "u1", "admin")).toBe(
      "You do not score this section.",
    );
    expect(lockedReason("in_review", section(), "u1", "viewer")).toBe("You do not score this section.");
  });
});
