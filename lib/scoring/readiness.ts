import { DEFAULT_SCALE_MAX, type ConsensusValue } from "./types";

/**
 * Crosswalk readiness (product.md, "Crosswalks"): how far one evaluation's consensus carries a
 * target requirement (e.g. a CRA Annex I point), through the links of a mapping set. An
 * indication for a decision, never a conformity assessment.
 */

/** NIST IR 8477 set-theory relationships, read as "the source criterion … the target". */
export const RELATIONSHIPS = ["equivalent", "subset", "superset", "intersects"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface MappingLinkShape {
  sourceKey: string;
  targetKey: string;
  relationship: Relationship;
}

/**
 * - `full`: a contributing link is `equivalent` or `superset` (the criterion covers all of it);
 * - `partial`: contributing links are only `subset`/`intersects`;
 * - `not_assessed`: links exist, but no mapped criterion is applicable and scored (yet);
 * - `not_in_catalogue`: no criterion of the source catalogue speaks to it. Listed, never 0.
 */
export type Coverage = "full" | "partial" | "not_assessed" | "not_in_catalogue";

export interface RequirementReadiness {
  targetKey: string;
  /** 0–100, or null when nothing contributes. */
  readiness: number | null;
  coverage: Coverage;
  /** The applicable, scored criteria behind the figure, with their consensus. */
  contributing: Array<{ sourceKey: string; relationship: Relationship; value: number }>;
  /** Mapped criteria that do not count: N/A (or out of scope) and not yet scored or hidden. */
  notApplicable: string[];
  unscored: string[];
}

export interface CatalogueReadiness {
  /** Mean readiness over the assessed requirements; null when none is assessed. */
  readiness: number | null;
  full: number;
  partial: number;
  notAssessed: number;
  notInCatalogue: number;
  requirements: RequirementReadiness[];
}

const COVERS_ALL: ReadonlySet<Relationship> = new Set(["equivalent", "superset"]);

/**
 * One requirement's readiness: Σ c / (n × max) × 100 over the mapped criteria that are
 * applicable and scored. `consensus` holds what the reader may see: a criterion the reader is
 * still blind to is absent (or null), and one out of the evaluation's scope is "na".
 */
export function requirementReadiness(
  targetKey: string,
  links: readonly MappingLinkShape[],
  consensus: ReadonlyMap<string, ConsensusValue>,
  max = DEFAULT_SCALE_MAX,
): RequirementReadiness {
  return readinessOf(
    targetKey,
    links.filter((l) => l.targetKey === targetKey),
    consensus,
    max,
  );
}

function readinessOf(
  targetKey: string,
  mine: readonly MappingLinkShape[],
  consensus: ReadonlyMap<string, ConsensusValue>,
  max: number,
): RequirementReadiness {
  const contributing: RequirementReadiness["contributing"] = [];
  const notApplicable = new Set<string>();
  const unscored = new Set<string>();
  for (const link of mine) {
    const value = consensus.get(link.sourceKey) ?? null;
    if (value === "na") notApplicable.add(link.sourceKey);
    else if (value === null) unscored.add(link.sourceKey);
    else contributing.push({ sourceKey: link.sourceKey, relationship: link.relationship, value });
  }
  const base = { targetKey, contributing, notApplicable: [...notApplicable], unscored: [...unscored] };
  if (mine.length === 0) return { ...base, readiness: null, coverage: "not_in_catalogue" };
  // A criterion linked twice (two relationships) still counts once in the mean.
  const values = new Map(contributing.map((c) => [c.sourceKey, c.value]));
  if (values.size === 0) return { ...base, readiness: null, coverage: "not_assessed" };
  const sum = [...values.values()].reduce((a, b) => a + b, 0);
  const readiness = Math.min(100, Math.max(0, (sum / (values.size * max)) * 100));
  const coverage = contributing.some((c) => COVERS_ALL.has(c.relationship)) ? "full" : "partial";
  return { ...base, readiness, coverage };
}

/** Every requirement of the target catalogue, in its order, and the catalogue's mean. */
export function catalogueReadiness(
  targetKeys: readonly string[],
  links: readonly MappingLinkShape[],
  consensus: ReadonlyMap<string, ConsensusValue>,
  max = DEFAULT_SCALE_MAX,
): CatalogueReadiness {
  const byTarget = new Map<string, MappingLinkShape[]>();
  for (const l of links) byTarget.set(l.targetKey, [...(byTarget.get(l.targetKey) ?? []), l]);
  const requirements = targetKeys.map((key) => readinessOf(key, byTarget.get(key) ?? [], consensus, max));
  const assessed = requirements.filter((r) => r.readiness !== null);
  const count = (c: Coverage) => requirements.filter((r) => r.coverage === c).length;
  return {
    readiness: assessed.length ? assessed.reduce((a, r) => a + r.readiness!, 0) / assessed.length : null,
    full: count("full"),
    partial: count("partial"),
    notAssessed: count("not_assessed"),
    notInCatalogue: count("not_in_catalogue"),
    requirements,
  };
}

/** The four coverage counts of a catalogue's readiness, as every view and file prints them. */
export const coverageCounts = (r: CatalogueReadiness) => ({
  full: r.full,
  partial: r.partial,
  notAssessed: r.notAssessed,
  notInCatalogue: r.notInCatalogue,
});
