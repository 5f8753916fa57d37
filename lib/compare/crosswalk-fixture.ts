import { comparisonReadiness, vendorValues, type CrosswalkShape } from "./readiness";
import type { EvaluationCrosswalkFigures } from "./readiness-figures";
import type { ComparisonData } from "./types";
import { catalogueReadiness, coverageCounts, type Relationship } from "../scoring/readiness";

const RELS: Relationship[] = ["equivalent", "subset", "intersects", "superset"];

/**
 * A synthetic crosswalk over reportFixture's criteria, for rendering tests: `requirements`
 * target requirements in two sections, each linked to one or two criteria, the last three
 * linked to none (not assessed by this catalogue, with a reason).
 */
export function crosswalkFixture(
  data: ComparisonData,
  requirements = 24,
  slug = "eu-cra-annex-i",
): CrosswalkShape {
  const criteria = data.sections.flatMap((s) => s.criteria.map((c) => c.key));
  const keys = Array.from(
    { length: requirements },
    (_, i) => `${i < requirements / 2 ? "I" : "II"}(${i + 1})`,
  );
  const mapped = keys.slice(0, -3);
  return {
    slug: `owasp-to-${slug}`,
    version: "1.0",
    title: `OWASP IoT to ${slug}`,
    notCovered: keys
      .slice(-3)
      .map((key) => ({ key, reason: `Manufacturer duty ${key}: a process, not a product property` })),
    target: {
      slug,
      version: "2024/2847",
      title: "EU Cyber Resilience Act, Annex I",
      sections: [
        {
          key: "I",
          title: "Part I",
          criteria: keys
            .slice(0, requirements / 2)
            .map((key) => ({ key, title: `Essential requirement ${key} on the product's properties` })),
        },
        {
          key: "II",
          title: "Part II",
          criteria: keys
            .slice(requirements / 2)
            .map((key) => ({ key, title: `Vulnerability handling ${key}` })),
        },
      ],
    },
    links: mapped.flatMap((targetKey, i) =>
      [criteria[i % criteria.length], criteria[(i * 7 + 3) % criteria.length]]
        .slice(0, i % 3 === 0 ? 1 : 2)
        .map((sourceKey, k) => ({ sourceKey, targetKey, relationship: RELS[(i + k) % RELS.length] })),
    ),
  };
}

/** The figures evaluationReadiness would return for the fixture's first vendor. */
export function evaluationFiguresFixture(
  data: ComparisonData,
  set: CrosswalkShape,
): EvaluationCrosswalkFigures {
  const targets = set.target.sections.flatMap((s) => s.criteria);
  const links = set.links.map((l) => ({ ...l, relationship: l.relationship as Relationship }));
  const r = catalogueReadiness(
    targets.map((t) => t.key),
    links,
    vendorValues(data, data.vendors[0]),
    data.catalogue.max,
  );
  const reasons = new Map(
    (set.notCovered as Array<{ key: string; reason: string }>).map((n) => [n.key, n.reason]),
  );
  return {
    mappingSet: { slug: set.slug, version: set.version, title: set.title },
    target: { slug: set.target.slug, version: set.target.version, title: set.target.title },
    readiness: r.readiness,
    counts: coverageCounts(r),
    requirements: r.requirements.map((q, i) => ({
      key: q.targetKey,
      title: targets[i].title,
      readiness: q.readiness,
      coverage: q.coverage,
      reason: q.coverage === "not_in_catalogue" ? (reasons.get(q.targetKey) ?? "") : null,
      contributing: q.contributing.map((c) => ({
        key: c.sourceKey,
        relationship: c.relationship,
        consensus: c.value,
      })),
    })),
  };
}

export const comparisonFiguresFixture = (data: ComparisonData, sets: CrosswalkShape[]) =>
  sets.map((s) => comparisonReadiness(data, s));
