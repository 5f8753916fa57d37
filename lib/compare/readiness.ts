import { catalogueReadiness, coverageCounts, type Coverage, type Relationship } from "../scoring/readiness";
import type { ConsensusValue } from "../scoring/types";
import type { ComparisonData, ComparisonVendor } from "./types";

/** A mapping set as the crosswalk views need it: the target's requirements and the links. */
export interface CrosswalkShape {
  slug: string;
  version: string;
  title: string;
  notCovered: unknown;
  target: {
    slug: string;
    version: string;
    title: string;
    sections: Array<{ key: string; title: string; criteria: Array<{ key: string; title: string }> }>;
  };
  links: Array<{ sourceKey: string; targetKey: string; relationship: string }>;
}

/**
 * What each criterion counts as for one vendor, as the reader may see it: out-of-scope sections
 * are N/A, sections the reader is blind to are unscored, the rest is the visible consensus.
 */
export function vendorValues(data: ComparisonData, vendor: ComparisonVendor) {
  const values = new Map<string, ConsensusValue>();
  for (const section of data.sections) {
    const state = vendor.sections.find((s) => s.key === section.key);
    for (const c of section.criteria)
      values.set(c.key, !state?.inScope ? "na" : state.hidden ? null : (vendor.cells[c.key]?.value ?? null));
  }
  return values;
}

/**
 * A comparison projected onto one regulation: vendors × requirements (readiness and coverage per
 * cell), each vendor's overall readiness, and the vendors ranked by it (unassessed last).
 */
export function comparisonReadiness(data: ComparisonData, set: CrosswalkShape) {
  const requirements = set.target.sections.flatMap((s) =>
    s.criteria.map((c) => ({ key: c.key, title: c.title, sectionKey: s.key })),
  );
  const keys = requirements.map((r) => r.key);
  const links = set.links.map((l) => ({ ...l, relationship: l.relationship as Relationship }));
  const vendors = data.vendors.map((v) => {
    const r = catalogueReadiness(keys, links, vendorValues(data, v), data.catalogue.max);
    return {
      evaluationId: v.evaluationId,
      name: v.framework.name,
      readiness: r.readiness,
      counts: coverageCounts(r),
      cells: Object.fromEntries(
        r.requirements.map((q) => [
          q.targetKey,
          { readiness: q.readiness, coverage: q.coverage as Coverage },
        ]),
      ),
    };
  });
  const ranking = [...vendors]
    .sort((a, b) => (b.readiness ?? -1) - (a.readiness ?? -1) || a.name.localeCompare(b.name))
    .map((v) => v.evaluationId);
  return {
    mappingSet: { slug: set.slug, version: set.version, title: set.title },
    target: { slug: set.target.slug, version: set.target.version, title: set.target.title },
    requirements,
    notInCatalogue: (set.notCovered as Array<{ key: string }>).map((n) => n.key),
    vendors,
    ranking,
  };
}
