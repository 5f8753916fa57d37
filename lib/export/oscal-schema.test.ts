import { describe, expect, it } from "vitest";
import { oscalErrors } from "../testing/oscal-schema";
import { evaluationOscal } from "./oscal";
import { sampleInput } from "./sample.fixture";

// Every OSCAL document we write validates against NIST's official schema of its declared version.
describe("OSCAL assessment-results against the official schema", () => {
  it("is valid OSCAL for a scored evaluation", () => {
    expect(oscalErrors(evaluationOscal(sampleInput()))).toEqual([]);
  });

  it("stays valid when an agreed reason or a reviewer name runs over several lines", () => {
    const input = sampleInput();
    const cells = Object.values(input.data.vendors[0].cells);
    for (const cell of cells) if (cell) cell.agreedReason = "Agreed in the review meeting.\n\nSee minutes.";
    cells[0]!.reviews[0].reviewer = "Zoe\nReviewer ";
    const doc = evaluationOscal(input);
    expect(oscalErrors(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('"value":"Agreed in the review meeting. See minutes."');
  });

  it("is not checked vacuously: a result without its uuid is refused", () => {
    const doc = evaluationOscal(sampleInput());
    delete (doc["assessment-results"].results[0] as { uuid?: string }).uuid;
    expect(oscalErrors(doc).length).toBeGreaterThan(0);
  });
});
