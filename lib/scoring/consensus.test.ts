import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consensus, median } from "./consensus";

describe("median", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even one", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([2, 3])).toBe(2.5);
    expect(median([4, 0, 1, 3])).toBe(2);
    expect(median([])).toBeNull();
  });
});

describe("consensus", () => {
  it("is the median of the numeric scores: 2 and 3 give 2.5", () => {
    expect(consensus([2, 3])).toEqual({
      value: 2.5,
      source: "median",
      spread: 1,
      disagreement: false,
      lowConfidence: false,
    });
    expect(consensus([0, 4, 3]).value).toBe(3);
    expect(consensus([1, 1, 4, 4]).value).toBe(2.5);
  });

  it("is null when no reviewer scored the criterion", () => {
    expect(consensus([])).toEqual({
      value: null,
      source: "median",
      spread: null,
      disagreement: false,
      lowConfidence: false,
    });
    expect(consensus([null, null]).value).toBeNull();
  });

  it("ignores reviewers who left the criterion unscored", () => {
    expect(consensus([null, 1, 3]).value).toBe(2);
    expect(consensus([null, null, "na"]).value).toBe("na");
  });

  it("is N/A only when more than half of the voting reviewers chose N/A", () => {
    expect(consensus(["na", "na", 3]).value).toBe("na");
    expect(consensus(["na"]).value).toBe("na");
    // A tie is not "most reviewers": the numeric votes decide.
    expect(consensus(["na", "na", 1, 4]).value).toBe(2.5);
    expect(consensus(["na", 2]).value).toBe(2);
    expect(consensus(["na", 1, 2]).value).toBe(1.5);
  });

  it("flags disagreement from a spread of 2", () => {
    expect(consensus([1, 2])).toMatchObject({ spread: 1, disagreement: false });
    expect(consensus([1, 3])).toMatchObject({ spread: 2, disagreement: true });
    expect(consensus([0, "na", 4])).toMatchObject({ spread: 4, disagreement: true });
    expect(consensus([3])).toMatchObject({ spread: 0, disagreement: false });
  });

  it("lets an agreed value win while spread and disagreement still show the dissent", () => {
    expect(consensus([0, 4, 4], 3)).toEqual({
      value: 3,
      source: "agreed",
      spread: 4,
      disagreement: true,
      lowConfidence: false,
    });
    expect(consensus([2, 3], "na")).toMatchObject({ value: "na", source: "agreed", spread: 1 });
    expect(consensus(["na", "na"], 2)).toMatchObject({ value: 2, source: "agreed", spread: null });
    expect(consensus([1, 3], null)).toMatchObject({ value: 2, source: "median" });
  });

  it("marks low confidence only when every numeric score is claims-only", () => {
    const claim = (value: number) => ({ value, lowConfidence: true });
    expect(consensus([claim(3), claim(4)]).lowConfidence).toBe(true);
    expect(consensus([claim(3), { value: 4 }]).lowConfidence).toBe(false);
    expect(consensus([claim(3), 4]).lowConfidence).toBe(false);
    expect(consensus([{ value: "na", lowConfidence: true }]).lowConfidence).toBe(false);
  });

  it("rejects scores off the scale and honours a catalogue's own max", () => {
    expect(() => consensus([5])).toThrow(RangeError);
    expect(() => consensus([2.5])).toThrow(RangeError);
    expect(() => consensus([-1])).toThrow(RangeError);
    expect(() => consensus([1], 4.5)).toThrow(RangeError);
    expect(consensus([5, 10], undefined, { max: 10 }).value).toBe(7.5);
  });

  it("always lies between the lowest and highest numeric score (property)", () => {
    const vote = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant("na" as const), fc.constant(null));
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 9 }), (votes) => {
        const result = consensus(votes);
        const numbers = votes.filter((v): v is number => typeof v === "number");
        if (typeof result.value === "number") {
          expect(result.value).toBeGreaterThanOrEqual(Math.min(...numbers));
          expect(result.value).toBeLessThanOrEqual(Math.max(...numbers));
        }
        expect(result.disagreement).toBe(result.spread !== null && result.spread >= 2);
      }),
    );
  });

  it("does not depend on the order of the reviewers (property)", () => {
    const vote = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant("na" as const), fc.constant(null));
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 9 }), (votes) => {
        expect(consensus([...votes].reverse())).toEqual(consensus(votes));
      }),
    );
  });
});
