import { EQUAL_WEIGHTS_PROFILE, rankVendors } from "../scoring";
import type { ComparisonData } from "./types";
import { vendorInput } from "./vendor-input";

/**
 * The comparison as the API (and the PDF) report it: the same rankVendors() the compare page
 * runs in the browser, so all three agree. Vendors come in ranking order.
 */
export function comparisonSummary(data: ComparisonData, profileId: string | undefined) {
  const profile = profileId ? data.profiles.find((p) => p.id === profileId) : EQUAL_WEIGHTS_PROFILE;
  if (!profile) return null;
  const ranked = rankVendors(
    data.vendors.map((v) => vendorInput(data, v)),
    profile,
  );
  const byId = new Map(data.vendors.map((v) => [v.evaluationId, v]));
  return {
    catalogue: { slug: data.catalogue.slug, version: data.catalogue.version, title: data.catalogue.title },
    profile: { id: profile.id, name: profile.name },
    vendors: ranked.map((r) => {
      const v = byId.get(r.id)!;
      return {
        evaluationId: r.id,
        rank: r.rank,
        framework: v.framework,
        overall: r.overall,
        knockedOut: r.disqualified,
        coverage: r.result.coverage,
        knockouts: r.result.knockouts.filter((k) => k.status === "fail").map((k) => k.criterionKey),
        sections: r.result.sections.map((s) => ({ key: s.key, score: s.score, coverage: s.coverage })),
        hiddenSections: v.sections.filter((s) => s.inScope && s.hidden).map((s) => s.key),
      };
    }),
    criteria: data.sections.flatMap((s) =>
      s.criteria.map((c) => ({
        key: c.key,
        section: s.key,
        title: c.title,
        scores: Object.fromEntries(data.vendors.map((v) => [v.evaluationId, v.cells[c.key]?.value ?? null])),
      })),
    ),
  };
}
