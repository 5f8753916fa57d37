import { describe, expect, it } from "vitest";
import { radarChart, sectionRows, summaryFigures } from "./evaluation-figures";

type Summary = Parameters<typeof summaryFigures>[0];
type Evaluation = Parameters<typeof sectionRows>[0];

// Only the fields the formatters read; the rest of a summary or evaluation does not matter here.
const summary = (s: Partial<Summary> = {}) =>
  ({
    overall: 71.6,
    coverage: 0.5,
    alpha: 0.8123,
    alphaLabel: "reliable agreement",
    disqualified: false,
    sections: [],
    ...s,
  }) as unknown as Summary;

const section = (
  key: string,
  s: { inScope?: boolean; reason?: string | null; submittedByIds?: string[] } = {},
) => ({
  key,
  title: key.toUpperCase(),
  inScope: s.inScope ?? true,
  outOfScopeReason: s.reason ?? null,
  submittedByIds: s.submittedByIds ?? [],
});

describe("summaryFigures", () => {
  it("formats the figures as the report does", () => {
    expect(summaryFigures(summary())).toEqual({
      overall: "72",
      coverage: "50 %",
      alpha: "0.81",
      alphaLabel: "reliable agreement",
      knockOuts: "None",
      blindNotice: false,
    });
    expect(summaryFigures(summary({ disqualified: true })).knockOuts).toBe("Failed");
  });

  it("shows dashes for missing values, and the blind notice only when a hidden section withholds the overall", () => {
    const none = summaryFigures(summary({ overall: null, coverage: null, alpha: null, disqualified: null }));
    expect(none).toMatchObject({
      overall: "—",
      coverage: "—",
      alpha: "—",
      knockOuts: "—",
      blindNotice: false,
    });
    const hidden = summary({ overall: null, sections: [{ hidden: true }] as Summary["sections"] });
    expect(summaryFigures(hidden).blindNotice).toBe(true);
  });
});

describe("sectionRows", () => {
  const ev = {
    sections: [
      section("a", { submittedByIds: ["me", "u2"] }),
      section("b"),
      section("c", { inScope: false, reason: "not offered" }),
    ],
  } as unknown as Evaluation;
  const s = summary({
    sections: [
      {
        key: "a",
        hidden: false,
        score: 49.5,
        coverage: 1,
        alpha: null,
        alphaLabel: "not enough data",
        disagreements: 2,
      },
      {
        key: "b",
        hidden: true,
        score: null,
        coverage: null,
        alpha: null,
        alphaLabel: "not enough data",
        disagreements: null,
      },
    ] as unknown as Summary["sections"],
  });

  it("formats visible, blind and out-of-scope sections in catalogue order", () => {
    const [a, b, c] = sectionRows(ev, s, "me", true);
    expect(a).toEqual({
      key: "a",
      title: "A",
      outOfScope: null,
      score: "50",
      coverage: "100 %",
      agreement: "— · not enough data",
      disagreements: 2,
      submitted: "2 (you)",
      link: "Score",
    });
    expect(b).toMatchObject({
      score: "blind",
      coverage: "—",
      agreement: "—",
      disagreements: "—",
      submitted: "0",
    });
    expect(c).toMatchObject({
      outOfScope: "Out of scope: not offered",
      score: "—",
      coverage: "—",
      link: null,
    });
  });

  it("offers View instead of Score to those who may not score", () => {
    expect(sectionRows(ev, s, "u3", false).map((r) => r.link)).toEqual(["View", "View", null]);
  });
});

describe("radarChart", () => {
  it("rounds the scores and describes them in its label", () => {
    expect(
      radarChart("Acme", [
        { title: "Edge", score: 66.6 },
        { title: "Data", score: 40.2 },
      ]),
    ).toEqual({
      data: [
        { section: "Edge", score: 67 },
        { section: "Data", score: 40 },
      ],
      label: "Section scores of Acme: Edge 67, Data 40",
    });
  });
});
