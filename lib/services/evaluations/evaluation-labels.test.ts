import { describe, expect, it } from "vitest";
import { evaluationListRow, frameworkLabel, isoDay } from "./evaluation-labels";

describe("evaluation labels", () => {
  const framework = { vendor: "Acme", name: "Edge SDK", productVersion: "2.1" };

  it("names a framework by vendor, name and version, and a date by its UTC day", () => {
    expect(frameworkLabel(framework)).toBe("Acme Edge SDK 2.1");
    expect(isoDay(new Date("2026-03-04T23:59:59Z"))).toBe("2026-03-04");
  });

  it("labels a row for the table and for the 'previous evaluation' picker", () => {
    const row = evaluationListRow({
      id: "e1",
      status: "in_review",
      createdAt: new Date("2026-01-02T10:00:00Z"),
      framework,
      catalogue: { title: "OWASP IoT", version: "2016-03-18" },
    });
    expect(row).toEqual({
      id: "e1",
      framework: "Acme Edge SDK 2.1",
      catalogue: "OWASP IoT (2016-03-18)",
      status: "In review",
      created: "2026-01-02",
      previousLabel: "Edge SDK 2.1 — In review (2026-01-02)",
    });
  });
});
