import { Text, View } from "./primitives";
import { formatCoverage, STATUS_LABELS } from "./format";
import type { ReportModel } from "./model";
import { s } from "./styles";

/*
 * The methodology printed in every report. The wording follows the formulas' own
 * documentation in lib/scoring (section-score.ts, consensus.ts, agreement.ts) and README
 * "Scoring"; change them together.
 */
const FORMULAS: Array<[string, string]> = [
  ["Consensus", "Per criterion, the median of the scores of the reviewers who submitted the section (with an even number of reviewers, the mean of the middle two, so 2 and 3 give 2.5). A reviewer who left a criterion unscored casts no vote. An agreed value recorded by an owner or admin, with a reason, replaces the median; the reviewers' spread stays visible."],
  ["Section score", "Σ(weight × consensus) / Σ(weight × max) × 100 over the applicable, scored criteria of the section, where max is the top of the scale. Unscored criteria are gaps, never zeros: they lower coverage, not the score."],
  ["Coverage", "Scored criteria / applicable criteria, always shown next to a score. A criterion weighted 0 counts neither as a gap nor as coverage."],
  ["Overall score", "The weighted mean of the section scores under the weight profile. Sections without a score and sections weighted 0 are left out."],
  ["Knock-outs", "A weight profile can mark criteria as knock-outs with a threshold: a consensus below it disqualifies the framework under that profile. An N/A or missing consensus neither fails nor clears a knock-out."],
  ["Disagreement", "Flagged when the spread (highest minus lowest reviewer score) is 2 or more, also when an agreed value overrides the median."],
  ["Agreement", "Krippendorff's alpha (ordinal) over the submitted reviewers' scores. α ≥ 0.800: reliable agreement; 0.667 ≤ α < 0.800: tentative; 0.4 ≤ α < 0.667: weak; below: little agreement (Krippendorff 2004; the 0.4 step is ours)."],
  ["Low confidence", "A consensus whose every numeric score rests on vendor claims only is marked as low confidence."],
];

const RULES: Array<[string, string]> = [
  ["N/A rule", "N/A (not applicable) means the criterion is outside the framework's scope; it needs a rationale and is excluded from both numerator and denominator. It becomes the consensus only when more than half of the voting reviewers chose it (a tie is not a majority); otherwise N/A votes are ignored and the numeric median counts."],
  ["Blind scoring", "A reviewer does not see other reviewers' scores, rationales or consensus for a section until they submit their own scores for it, to avoid anchoring. This report shows exactly what its reader may see: sections still blind to them appear as “blind”, and no overall score is claimed from a partial view."],
  ["Rounding", "Section and overall scores (0–100) are rounded to whole numbers, as on the dashboard; consensus values are shown with one decimal when they fall between two levels."],
];

export function Methodology({ model }: { model: ReportModel }) {
  return (
    <View id="methodology">
      <Text style={s.h2}>5. Methodology</Text>
      <Text style={s.h3}>Scale</Text>
      <View style={s.table}>
        {model.catalogue.levels.map((l) => (
          <View key={l.value} style={s.tr} wrap={false}><Text style={[s.td, { width: 30 }]}>{l.value}</Text><Text style={[s.td, { flex: 1 }]}>{l.label}</Text></View>
        ))}
        <View style={s.tr} wrap={false}><Text style={[s.td, { width: 30 }]}>N/A</Text><Text style={[s.td, { flex: 1 }]}>Not applicable (needs a rationale; excluded from denominators)</Text></View>
      </View>
      <Text style={s.h3}>Formulas</Text>
      {FORMULAS.map(([k, v]) => <Text key={k} style={s.p}><Text style={s.bold}>{k}. </Text>{v}</Text>)}
      {RULES.map(([k, v]) => <Text key={k} style={s.p}><Text style={s.bold}>{k}. </Text>{v}</Text>)}
      <Text style={s.h3}>Weights: {model.profile.name}</Text>
      <View style={s.table}>
        {model.profile.sections.map((x) => (
          <View key={x.key} style={s.tr} wrap={false}><Text style={[s.td, { flex: 1 }]}>{x.title}</Text><Text style={[s.td, s.num, { width: 60 }]}>{x.weight}</Text></View>
        ))}
      </View>
      <Text style={s.p}>Criteria not listed weigh 1.{model.profile.criterionWeights.length ? ` Other criterion weights: ${model.profile.criterionWeights.map((c) => `${c.title} ${c.weight}`).join("; ")}.` : ""}</Text>
      <Text style={s.p}>Knock-outs: {model.profile.knockouts.length ? model.profile.knockouts.map((k) => `${k.title} (below ${k.threshold})`).join("; ") : "none in this profile"}.</Text>
    </View>
  );
}

export function Reviewers({ model }: { model: ReportModel }) {
  return (
    <View id="reviewers">
      <Text style={s.h2}>6. Reviewers and sign-off</Text>
      {model.hideReviewers && <Text style={[s.p, s.muted]}>Reviewer names are hidden in this shared report.</Text>}
      {model.vendors.map((v) => (
        <View key={v.id} style={s.box} wrap={false}>
          <Text style={s.bold}>{v.label}</Text>
          <Text>Sign-off status: {STATUS_LABELS[v.status]}{v.status === "final" ? " (finalised: read-only)" : v.status === "in_review" ? " (scores under review, not final)" : " (draft, not signed off)"}</Text>
          <Text>Reviewers with submitted scores: {v.reviewers.length ? v.reviewers.join(", ") : "none visible"}</Text>
          {v.sections.map((x) => (
            <Text key={x.key} style={[s.small, s.muted]}>
              {x.title}: {x.state === "out_of_scope" ? "out of scope" : `${x.submittedBy} submitted${x.state === "hidden" ? ", blind to the reader" : `, coverage ${formatCoverage(x.coverage)}`}`}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
