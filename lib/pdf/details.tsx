import { Text, View } from "./primitives";
import { scriptFont, STACK } from "./fonts";
import { formatConsensus, formatCoverage, formatScore, NO_SCORE } from "./format";
import type { ReportCell, ReportModel, ReportVendor, SectionState } from "./model";
import { s } from "./styles";

const COLUMNS = 6;
const chunks = <T,>(list: T[], n: number) => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

export const STATE_TEXT: Record<Exclude<SectionState, "scored">, string> = {
  unscored: "not scored yet",
  hidden: "blind until the reader submits this section",
  out_of_scope: "out of scope",
};

function cellText(state: SectionState, cell: ReportCell | null) {
  if (state === "hidden") return "blind";
  if (state === "out_of_scope") return "out of scope";
  if (!cell) return NO_SCORE;
  return `${formatConsensus(cell.value)}${cell.source === "agreed" ? " ✓" : ""}${cell.disagreement ? " !" : ""}`;
}

/** Per section: its score per vendor, then criteria × vendors consensus, 6 vendors per table. */
export function SectionTables({ model }: { model: ReportModel }) {
  return (
    <View id="sections">
      <Text style={s.h2}>3. Section scores</Text>
      <Text style={[s.small, s.muted, s.p, STACK]}>Consensus on the 0–{model.catalogue.max} scale (median of the submitted reviewers; ✓ agreed value; ! reviewers disagree by 2 or more). Section scores 0–100 with coverage.</Text>
      {model.sections.map((sec) => (
        <View key={sec.key}>
          <Text style={[s.h3, scriptFont(sec.title)]}>{sec.title} <Text style={s.muted}>· weight {sec.weight}</Text></Text>
          {noneShown(model, sec.key) ? <Text style={[s.small, s.muted, s.p, scriptFont(...model.vendors.map((v) => v.label))]}>No scores to show: {model.vendors.map((v) => `${v.label} ${stateOf(v, sec.key) === "hidden" ? "blind" : "out of scope"}`).join(", ")}.</Text> : chunks(model.vendors, COLUMNS).map((group, gi) => (
            <View key={gi} style={s.table}>
              <View style={[s.tr, s.th]} wrap={false}>
                <Text style={[s.td, { flex: 1 }]}>Criterion</Text>
                {group.map((v) => <Text key={v.id} style={[s.td, s.num, { width: 62 }, scriptFont(v.label)]}>{v.label}</Text>)}
              </View>
              <View style={[s.tr, { backgroundColor: "#f8fafc" }]} wrap={false}>
                <Text style={[s.td, s.bold, { flex: 1 }]}>Section score (0–100)</Text>
                {group.map((v) => <Text key={v.id} style={[s.td, s.num, s.bold, { width: 62 }]}>{sectionText(v, sec.key, "score")}</Text>)}
              </View>
              <View style={s.tr} wrap={false}>
                <Text style={[s.td, { flex: 1 }]}>Coverage</Text>
                {group.map((v) => <Text key={v.id} style={[s.td, s.num, { width: 62 }]}>{sectionText(v, sec.key, "coverage")}</Text>)}
              </View>
              {sec.criteria.map((c) => (
                <View key={c.key} style={s.tr} wrap={false}>
                  <Text style={[s.td, { flex: 1 }, scriptFont(c.title)]}>{c.key} {c.title}{c.knockoutThreshold !== null ? ` (knock-out below ${c.knockoutThreshold})` : ""}</Text>
                  {group.map((v) => {
                    const cell = c.cells.find((x) => x.vendorId === v.id)!;
                    const text = cellText(cell.state, cell.cell);
                    return <Text key={v.id} style={[s.td, s.num, { width: 62 }, scriptFont(text)]}>{text}</Text>;
                  })}
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

const stateOf = (v: ReportVendor, key: string) => v.sections.find((x) => x.key === key)?.state ?? "out_of_scope";
// A section that no vendor shows (out of scope or blind everywhere) gets one line, not a table of dashes.
const noneShown = (model: ReportModel, key: string) => model.vendors.every((v) => ["hidden", "out_of_scope"].includes(stateOf(v, key)));

function sectionText(v: ReportVendor, key: string, what: "score" | "coverage") {
  const sec = v.sections.find((x) => x.key === key)!;
  if (sec.state === "hidden") return "blind";
  if (sec.state === "out_of_scope") return "out of scope";
  return what === "score" ? formatScore(sec.score) : formatCoverage(sec.coverage);
}
