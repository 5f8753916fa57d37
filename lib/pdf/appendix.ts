import { formatCoverage, STATUS_LABELS } from "./format";
import { partHeading } from "./parts";
import type { ReportModel } from "./model";
import { MUTED, RULE, SIZE } from "./styles";
import { drawTable } from "./table";
import type { Writer } from "./writer";

/*
 * The methodology printed in every report. The wording follows the formulas' own
 * documentation in lib/scoring (section-score.ts, consensus.ts, agreement.ts) and README
 * "Scoring"; change them together.
 */
const FORMULAS: Array<[string, string]> = [
  [
    "Consensus",
    "Per criterion, the median of the scores of the reviewers who submitted the section (with an even number of reviewers, the mean of the middle two, so 2 and 3 give 2.5). A reviewer who left a criterion unscored casts no vote. An agreed value recorded by an owner or admin, with a reason, replaces the median; the reviewers' spread stays visible.",
  ],
  [
    "Section score",
    "Σ(weight × consensus) / Σ(weight × max) × 100 over the applicable, scored criteria of the section, where max is the top of the scale. Unscored criteria are gaps, never zeros: they lower coverage, not the score.",
  ],
  [
    "Coverage",
    "Scored criteria / applicable criteria, always shown next to a score. A criterion weighted 0 counts neither as a gap nor as coverage.",
  ],
  [
    "Overall score",
    "The weighted mean of the section scores under the weight profile. Sections without a score and sections weighted 0 are left out.",
  ],
  [
    "Knock-outs",
    "A weight profile can mark criteria as knock-outs with a threshold: a consensus below it disqualifies the framework under that profile. An N/A or missing consensus neither fails nor clears a knock-out.",
  ],
  [
    "Disagreement",
    "Flagged when the spread (highest minus lowest reviewer score) is 2 or more, also when an agreed value overrides the median.",
  ],
  [
    "Agreement",
    "Krippendorff's alpha (ordinal) over the submitted reviewers' scores. α ≥ 0.800: reliable agreement; 0.667 ≤ α < 0.800: tentative; 0.4 ≤ α < 0.667: weak; below: little agreement (Krippendorff 2004; the 0.4 step is ours).",
  ],
  [
    "Low confidence",
    "A consensus whose every numeric score rests on vendor claims only is marked as low confidence.",
  ],
];

const RULES: Array<[string, string]> = [
  [
    "N/A rule",
    "N/A (not applicable) means the criterion is outside the framework's scope; it needs a rationale and is excluded from both numerator and denominator. It becomes the consensus only when more than half of the voting reviewers chose it (a tie is not a majority); otherwise N/A votes are ignored and the numeric median counts.",
  ],
  [
    "Blind scoring",
    "A reviewer does not see other reviewers' scores, rationales or consensus for a section until they submit their own scores for it, to avoid anchoring. This report shows exactly what its reader may see: sections still blind to them appear as “blind”, and no overall score is claimed from a partial view.",
  ],
  [
    "Rounding",
    "Section and overall scores (0–100) are rounded to whole numbers, as on the dashboard; consensus values are shown with one decimal when they fall between two levels.",
  ],
];

export function drawMethodology(w: Writer, model: ReportModel) {
  w.heading(partHeading(model, "methodology"), 2, { destination: "methodology" });
  w.heading("Scale", 3);
  drawTable(
    w,
    [{ header: "Level", width: 30 }, { header: "Meaning" }],
    [
      ...model.catalogue.levels.map((l) => ({ cells: [String(l.value), l.label] })),
      { cells: ["N/A", "Not applicable (needs a rationale; excluded from denominators)"] },
    ],
    { header: false },
  );
  w.heading("Formulas", 3);
  for (const [k, v] of [...FORMULAS, ...RULES])
    w.text([{ text: `${k}. `, weight: "bold" }, { text: v }], { after: 5 });
  w.heading(`Weights: ${model.profile.name}`, 3);
  drawTable(
    w,
    [{ header: "Section" }, { header: "Weight", width: 60, align: "right" }],
    model.profile.sections.map((x) => ({ cells: [x.title, String(x.weight)] })),
  );
  w.text(
    `Criteria not listed weigh 1.${model.profile.criterionWeights.length ? ` Other criterion weights: ${model.profile.criterionWeights.map((c) => `${c.title} ${c.weight}`).join("; ")}.` : ""}`,
    { after: 5 },
  );
  w.text(
    `Knock-outs: ${model.profile.knockouts.length ? model.profile.knockouts.map((k) => `${k.title} (below ${k.threshold})`).join("; ") : "none in this profile"}.`,
    { after: 5 },
  );
}

export function drawReviewers(w: Writer, model: ReportModel) {
  w.heading(partHeading(model, "reviewers"), 2, { destination: "reviewers" });
  if (model.hideReviewers)
    w.text("Reviewer names are hidden in this shared report.", { color: MUTED, after: 5 });
  for (const v of model.vendors) {
    w.ensure(40 + v.sections.length * 10);
    w.rule({ color: RULE });
    w.gap(4);
    w.text([{ text: v.label, weight: "bold" }]);
    w.text(
      `Sign-off status: ${STATUS_LABELS[v.status]}${v.status === "final" ? " (finalised: read-only)" : v.status === "in_review" ? " (scores under review, not final)" : " (draft, not signed off)"}`,
    );
    w.text(
      `Reviewers with submitted scores: ${v.reviewers.length ? v.reviewers.join(", ") : "none visible"}`,
    );
    w.text(
      v.sections
        .map(
          (x) =>
            `${x.title}: ${x.state === "out_of_scope" ? "out of scope" : `${x.submittedBy} submitted${x.state === "hidden" ? ", blind to the reader" : `, coverage ${formatCoverage(x.coverage)}`}`}`,
        )
        .join("\n"),
      { size: SIZE.small, color: MUTED, after: 8 },
    );
  }
}
