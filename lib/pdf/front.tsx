import { Link, Text, View } from "./primitives";
import { BarsChart, Legend, RadarChart } from "./charts";
import { formatAlpha, formatCoverage, formatScore, NO_SCORE, STATUS_LABELS } from "./format";
import type { ReportModel } from "./model";
import { MUTED, s } from "./styles";

const KIND_LABEL = { evaluation: "Evaluation report", comparison: "Comparison report", share: "Comparison report (shared snapshot)" } as const;

/** The report's parts, in order: the table of contents links to each by its id. */
export const PARTS = [
  ["summary", "Executive summary"],
  ["charts", "Charts"],
  ["sections", "Section scores"],
  ["criteria", "Criteria in detail"],
  ["methodology", "Methodology"],
  ["reviewers", "Reviewers and sign-off"],
] as const;

export const day = (d: Date) => d.toISOString().slice(0, 10);

export function Cover({ model }: { model: ReportModel }) {
  const facts: Array<[string, string]> = [
    ["Workspace", model.workspaceName],
    ["Date", day(model.generatedAt)],
    ["Catalogue", `${model.catalogue.title} (${model.catalogue.slug}), version ${model.catalogue.version}`],
    ["Weight profile", model.profile.name],
    [model.vendors.length === 1 ? "Framework" : "Frameworks", model.vendors.map((v) => v.label).join(" · ")],
    ["Status", model.vendors.map((v) => `${model.vendors.length > 1 ? `${v.label}: ` : ""}${STATUS_LABELS[v.status]}`).join(" · ")],
  ];
  return (
    <View>
      <Text style={[s.muted, { fontSize: 10, marginTop: 80, marginBottom: 6 }]}>IoT Framework Security Scorecard · {KIND_LABEL[model.kind]}</Text>
      <Text style={[s.h1, { fontSize: 24 }]}>{model.title}</Text>
      <View style={{ marginTop: 16, marginBottom: 28 }}>
        {facts.map(([k, v]) => (
          <View key={k} style={{ flexDirection: "row", marginBottom: 4 }}>
            <Text style={[s.muted, { width: 100 }]}>{k}</Text>
            <Text style={{ flex: 1 }}>{v}</Text>
          </View>
        ))}
      </View>
      <Text style={s.h2}>Contents</Text>
      {PARTS.map(([id, label], i) => (
        <Link key={id} src={`#${id}`} style={{ color: "#0f172a", textDecoration: "none", marginBottom: 3 }}>
          <Text>{i + 1}. {label}</Text>
        </Link>
      ))}
      {model.kind === "share" && <Text style={[s.small, s.muted, { marginTop: 24 }]}>Built from the frozen snapshot behind a share link: the scores as its creator could see them when the link was made.</Text>}
    </View>
  );
}

export function Summary({ model }: { model: ReportModel }) {
  const leader = model.vendors[0];
  const cols = [["#", 18], ["Framework", 0], ["Overall", 44], ["Coverage", 48], ["Knock-outs", 90], ["Agreement (α)", 92], ["Status", 48]] as const;
  return (
    <View id="summary">
      <Text style={s.h2}>1. Executive summary</Text>
      <Text style={s.p}>
        {model.vendors.length === 1
          ? `${leader.label} scores ${formatScore(leader.overall)} of 100 overall under the “${model.profile.name}” profile, with ${formatCoverage(leader.coverage)} of applicable criteria scored.`
          : `Under the “${model.profile.name}” profile, ${leader.label} ranks first with ${formatScore(leader.overall)} of 100 among ${model.vendors.length} frameworks.`}
      </Text>
      <View style={s.table}>
        <View style={[s.tr, s.th]}>{cols.map(([h, w]) => <Text key={h} style={[s.td, w ? { width: w } : { flex: 1 }]}>{h}</Text>)}</View>
        {model.vendors.map((v) => (
          <View key={v.id} style={s.tr} wrap={false}>
            <Text style={[s.td, { width: 18 }]}>{v.rank}</Text>
            <Text style={[s.td, { flex: 1 }]}>{v.label}{v.maker ? ` (${v.maker})` : ""}{v.complete ? "" : " *"}</Text>
            <Text style={[s.td, s.num, s.bold, { width: 44 }]}>{formatScore(v.overall)}</Text>
            <Text style={[s.td, s.num, { width: 48 }]}>{formatCoverage(v.coverage)}</Text>
            <Text style={[s.td, { width: 90 }, v.disqualified ? s.danger : {}]}>{v.disqualified ? `knocked out: ${v.failedKnockouts.map((k) => k.title).join(", ")}` : model.profile.knockouts.length ? "none failed" : "none set"}</Text>
            <Text style={[s.td, { width: 92 }]}>{formatAlpha(v.alpha)} · {v.alphaLabel}</Text>
            <Text style={[s.td, { width: 48 }]}>{STATUS_LABELS[v.status]}</Text>
          </View>
        ))}
      </View>
      {model.vendors.some((v) => !v.complete) && <Text style={[s.small, s.muted]}>* Built from the sections visible to the reader; sections they have not yet submitted stay blind, so no overall score is claimed for them.</Text>}
      <Text style={[s.small, s.muted]}>Scores 0–100, rounded to whole numbers as on the dashboard. Disagreements flagged (spread ≥ 2): {model.vendors.map((v) => `${v.label} ${v.disagreements}`).join(", ")}.</Text>
    </View>
  );
}

export function Charts({ model }: { model: ReportModel }) {
  return (
    <View id="charts">
      <Text style={s.h2}>2. Charts</Text>
      <Legend vendors={model.vendors} />
      <Text style={s.h3}>Section scores (radar)</Text>
      <View style={{ alignItems: "center" }}><RadarChart model={model} size={215} /></View>
      <Text style={s.h3}>Section scores, side by side</Text>
      <BarsChart model={model} height={185} />
      <Text style={[s.small, { color: MUTED }]}>Scores 0–100, rounded. No bar or point: the section has no score (unscored, blind to the reader, or out of scope), shown as {NO_SCORE} in the tables.</Text>
    </View>
  );
}
