import { criterionRows, vendorName } from "./rows";
import type { EvaluationExportInput } from "./types";
import { uuidV5 } from "./uuid-v5";

export const OSCAL_VERSION = "1.1.2";

type Prop = { name: string; ns: string; value: string };
export interface OscalObservation {
  uuid: string;
  title: string;
  description: string;
  props?: Prop[];
  methods: string[];
  collected: string;
  "relevant-evidence"?: Array<{ href: string; description: string }>;
}
export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: Prop[];
  target: {
    type: "objective-id";
    "target-id": string;
    status: { state: "satisfied" | "not-satisfied"; reason?: string };
  };
  "related-observations"?: Array<{ "observation-uuid": string }>;
}
const NS = "urn:iot-framework-security-scorecard";

/**
 * An evaluation as OSCAL assessment-results (1.1.x). The mapping:
 * - one `result` per export, under the chosen weight profile (its overall score in props);
 * - one `finding` per criterion with a consensus (a number or N/A), targeting the criterion
 *   key as an `objective-id`; criteria still unscored, blind to the caller, or out of scope
 *   get none, so a finding never reveals what the screen hides;
 * - state: consensus ≥ 75 % of the scale's top (≥ 3 on the 0–4 scale, "Supported") →
 *   "satisfied", below → "not-satisfied"; N/A → "satisfied" with reason "other" and a
 *   `not-applicable` prop, since OSCAL has no third state;
 * - one `observation` per visible review (reviewer, score, rationale, evidence links as
 *   relevant-evidence; graded "tested" or "code reviewed" → method TEST, else EXAMINE).
 * Every uuid is a v5 uuid of the evaluation id and the element's path, so exports are reproducible.
 */
export function evaluationOscal({ data, summary, generatedAt }: EvaluationExportInput) {
  const vendor = data.vendors[0];
  const id = vendor.evaluationId;
  const threshold = data.catalogue.max * 0.75;
  const prop = (name: string, value: string | number | boolean | null | undefined): Prop[] =>
    value === null || value === undefined || String(value).trim() === ""
      ? []
      : // A prop value is one line without outer spaces (OSCAL: ^\S(.*\S)?$); reasons are free text.
        [{ name, ns: NS, value: String(value).replace(/\s+/g, " ").trim() }];
  // OSCAL arrays have at least one item: an empty props list is left out, not written as [].
  const props = (...lists: Prop[][]) => {
    const all = lists.flat();
    return all.length ? { props: all } : {};
  };
  const observations: OscalObservation[] = [];
  const findings: OscalFinding[] = [];
  for (const row of criterionRows(data, vendor)) {
    const cell = row.cell;
    if (!cell || cell.value === null) continue;
    const related = cell.reviews.map((r, i) => {
      const uuid = uuidV5(`${id}/observation/${row.key}/${i}/${r.reviewer}`);
      const tested = r.evidence.some((e) => e.grade === "tested" || e.grade === "code_reviewed");
      observations.push({
        uuid,
        title: `${row.key} review by ${r.reviewer}`,
        description:
          r.rationale.trim() || `Score ${r.value === "na" ? "N/A" : (r.value ?? "none")} without rationale.`,
        ...props(prop("reviewer", r.reviewer), prop("score", r.value === "na" ? "not-applicable" : r.value)),
        methods: [tested ? "TEST" : "EXAMINE"],
        ...(r.evidence.length
          ? {
              "relevant-evidence": r.evidence.map((e) => ({
                href: e.url,
                description: `Evidence graded ${e.grade.replace(/_/g, " ")}.`,
              })),
            }
          : {}),
        collected: generatedAt,
      });
      return { "observation-uuid": uuid };
    });
    const na = cell.value === "na";
    const satisfied = na || (cell.value as number) >= threshold;
    findings.push({
      uuid: uuidV5(`${id}/finding/${row.key}`),
      title: `${row.key} ${row.title}`,
      description: na
        ? `Not applicable (consensus of ${cell.reviews.length} reviewer(s)).`
        : `Consensus ${cell.value} of ${data.catalogue.max} (${cell.source}).`,
      ...props(
        prop("consensus", na ? "not-applicable" : cell.value),
        prop("consensus-source", cell.source),
        prop("spread", cell.spread),
        prop("disagreement", cell.disagreement),
        prop("low-confidence", cell.lowConfidence),
        prop("section", row.sectionKey),
        na ? prop("not-applicable", true) : [],
        prop("agreed-reason", cell.agreedReason),
      ),
      target: {
        type: "objective-id",
        "target-id": row.key,
        status: { state: satisfied ? "satisfied" : "not-satisfied", ...(na ? { reason: "other" } : {}) },
      },
      ...(related.length ? { "related-observations": related } : {}),
    });
  }
  const name = vendorName(vendor.framework);
  return {
    "assessment-results": {
      uuid: uuidV5(`${id}/assessment-results`),
      metadata: {
        title: `${name}: ${data.catalogue.title} assessment`,
        "last-modified": generatedAt,
        version: `${data.catalogue.slug}@${data.catalogue.version}`,
        "oscal-version": OSCAL_VERSION,
        ...props(prop("evaluation-status", vendor.status), prop("weight-profile", summary.profile.name)),
      },
      // We keep no assessment plan; the href names the evaluation it stands for.
      "import-ap": { href: `urn:iot-framework-security-scorecard:evaluation:${id}` },
      results: [
        {
          uuid: uuidV5(`${id}/result/${summary.profile.id}`),
          title: `${name} against ${data.catalogue.title} ${data.catalogue.version}`,
          description: `Blind multi-reviewer scoring; consensus is the median of submitted reviewers. Weight profile: ${summary.profile.name}.`,
          start: generatedAt,
          ...props(
            prop("overall-score", summary.overall === null ? null : Math.round(summary.overall * 10) / 10),
            prop("coverage", summary.coverage),
            prop("knocked-out", summary.disqualified),
          ),
          "reviewed-controls": { "control-selections": [{ "include-all": {} }] },
          ...(observations.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
    },
  };
}
