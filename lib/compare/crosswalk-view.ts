import { comparisonReadiness, type CrosswalkShape } from "./readiness";
import type { ComparisonData } from "./types";
import { vendorLabel } from "./vendor-input";

/**
 * The compare page's Regulations tab and a share snapshot's frozen copy of it, built from a
 * comparison the reader may see (the blind rule is already applied in `data`) and the mapping
 * sets from its catalogue. No I/O: the service hands both in.
 */

/** "EU Cyber Resilience Act, Annex I: Essential …" → "EU Cyber Resilience Act, Annex I". */
export const shortTitle = (title: string) => title.split(":")[0].trim() || title;

/**
 * Everything a crosswalk view shows for one target, frozen as it is now: the projection
 * (lib/compare/readiness.ts, which the comparison PDF's readiness chapter reads too), the
 * target's sections for grouping, and the requirements the source catalogue cannot speak to,
 * with the mapping set's reasons.
 */
export function crosswalkSnapshot(data: ComparisonData, set: CrosswalkShape, disclaimer: string) {
  const readiness = comparisonReadiness(data, set);
  const linked = new Set(set.links.map((l) => l.targetKey));
  const reasons = new Map(
    ((set.notCovered ?? []) as Array<{ key: string; reason?: string }>).map((n) => [n.key, n.reason ?? ""]),
  );
  return {
    disclaimer,
    readiness,
    /** Name and product version, as the scores view labels its columns. */
    labels: Object.fromEntries(data.vendors.map((v) => [v.evaluationId, vendorLabel(v)])),
    sections: set.target.sections.map((s) => ({ key: s.key, title: s.title })),
    // Listed, never scored as 0 and never hidden (product.md, "Crosswalks").
    notInCatalogue: readiness.requirements
      .filter((r) => !linked.has(r.key))
      .map((r) => ({ key: r.key, title: r.title, reason: reasons.get(r.key) ?? "" })),
  };
}
export type CrosswalkSnapshot = ReturnType<typeof crosswalkSnapshot>;

export type CrosswalkTab =
  | { state: "none"; targets: []; message: string }
  | { state: "unknown"; targets: TargetChoice[]; message: string }
  | { state: "shown"; targets: TargetChoice[]; chosen: string; crosswalk: CrosswalkSnapshot };

export interface TargetChoice {
  slug: string;
  title: string;
  short: string;
}

/**
 * The tab for the target named in the address ("" = the first mapped): the choice of targets
 * (one per target catalogue: the newest mapping set to it, as `sets` come ordered), and either
 * the crosswalk, the empty state, or a clear message for a target that is not mapped.
 */
export function crosswalkTab(
  data: ComparisonData,
  sets: readonly CrosswalkShape[],
  requested: string,
  disclaimer: string,
): CrosswalkTab {
  const bySlug = new Map<string, CrosswalkShape>();
  for (const s of sets) if (!bySlug.has(s.target.slug)) bySlug.set(s.target.slug, s);
  const from = `${data.catalogue.title} ${data.catalogue.version}`;
  if (!bySlug.size)
    return { state: "none", targets: [], message: `No mapping set links ${from} to a regulation yet.` };
  const targets = [...bySlug.values()].map((s) => ({
    slug: s.target.slug,
    title: s.target.title,
    short: shortTitle(s.target.title),
  }));
  const set = requested ? bySlug.get(requested) : bySlug.values().next().value;
  if (!set)
    return {
      state: "unknown",
      targets,
      message: `No crosswalk from ${from} to “${requested}”. Choose one of the regulations above.`,
    };
  return {
    state: "shown",
    targets,
    chosen: set.target.slug,
    crosswalk: crosswalkSnapshot(data, set, disclaimer),
  };
}

/**
 * What the tab draws, minus the vendors hidden in the view: the ranking (ranked order, the
 * unassessed last), the matrix's columns (the comparison's order, so a vendor keeps its place)
 * and its rows, the linked requirements grouped by the target's sections. The requirements no
 * criterion speaks to are the same for every vendor, so they are listed apart, not as rows.
 */
export function crosswalkLayout(c: CrosswalkSnapshot, hidden: readonly string[]) {
  const shown = c.readiness.vendors.filter((v) => !hidden.includes(v.evaluationId));
  const byId = new Map(shown.map((v) => [v.evaluationId, v]));
  const outside = new Set(c.notInCatalogue.map((r) => r.key));
  const groups = c.sections
    .map((s) => ({
      ...s,
      requirements: c.readiness.requirements.filter((r) => r.sectionKey === s.key && !outside.has(r.key)),
    }))
    .filter((g) => g.requirements.length > 0);
  return {
    ranked: c.readiness.ranking.flatMap((id) => byId.get(id) ?? []),
    columns: shown,
    groups,
    rows: groups.reduce((n, g) => n + g.requirements.length, 0),
    hiddenCount: c.readiness.vendors.length - shown.length,
  };
}
export type CrosswalkLayout = ReturnType<typeof crosswalkLayout>;
