import {
  READINESS_DISCLAIMER,
  type ComparisonCrosswalkFigures,
  type CoverageCounts,
  type EvaluationCrosswalkFigures,
} from "../compare/readiness-figures";
import type { Coverage } from "../scoring/readiness";

/** One vendor's figure against one target catalogue. */
export interface ReadinessStanding {
  vendorId: string;
  label: string;
  readiness: number | null;
  counts: CoverageCounts;
}

/** What the "Regulatory readiness" chapter prints for one target catalogue. */
export interface ReportTarget {
  title: string;
  version: string;
  mappingSet: string;
  /** Highest readiness first (unassessed last), as comparisonReadiness ranks them. */
  ranking: ReadinessStanding[];
  requirements: Array<{
    key: string;
    title: string;
    /** Why the source catalogue cannot speak to it (evaluation reports; null elsewhere). */
    reason: string | null;
    /** One per vendor of `ranking`, in its order. */
    cells: Array<{ readiness: number | null; coverage: Coverage }>;
    /** The contributing criteria's ids (evaluation reports; empty for comparisons). */
    contributing: string[];
  }>;
}

export interface ReportReadiness {
  disclaimer: string;
  targets: ReportTarget[];
}

/** An evaluation's crosswalks (evaluationReadiness) as the chapter prints them. */
export function evaluationTargets(
  vendor: { id: string; label: string },
  crosswalks: EvaluationCrosswalkFigures[],
): ReportReadiness {
  return {
    disclaimer: READINESS_DISCLAIMER,
    targets: crosswalks.map((c) => ({
      title: c.target.title,
      version: c.target.version,
      mappingSet: `${c.mappingSet.title} ${c.mappingSet.version}`,
      ranking: [{ vendorId: vendor.id, label: vendor.label, readiness: c.readiness, counts: c.counts }],
      requirements: c.requirements.map((r) => ({
        key: r.key,
        title: r.title,
        reason: r.reason,
        cells: [{ readiness: r.readiness, coverage: r.coverage }],
        contributing: [...new Set(r.contributing.map((x) => x.key))],
      })),
    })),
  };
}

/**
 * A comparison's crosswalks (comparisonReadiness per target; a share link passes only the one
 * it shows) as the chapter prints them. Vendors are named with the report's own labels.
 */
export function comparisonTargets(
  labels: ReadonlyMap<string, string>,
  crosswalks: ComparisonCrosswalkFigures[],
): ReportReadiness {
  return {
    disclaimer: READINESS_DISCLAIMER,
    targets: crosswalks.map((c) => {
      const byId = new Map(c.vendors.map((v) => [v.evaluationId, v]));
      const ranked = c.ranking.map((id) => byId.get(id)!).filter(Boolean);
      return {
        title: c.target.title,
        version: c.target.version,
        mappingSet: `${c.mappingSet.title} ${c.mappingSet.version}`,
        ranking: ranked.map((v) => ({
          vendorId: v.evaluationId,
          label: labels.get(v.evaluationId) ?? v.name,
          readiness: v.readiness,
          counts: v.counts,
        })),
        requirements: c.requirements.map((r) => ({
          key: r.key,
          title: r.title,
          reason: null,
          cells: ranked.map(
            (v) => v.cells[r.key] ?? { readiness: null, coverage: "not_in_catalogue" as const },
          ),
          contributing: [],
        })),
      };
    }),
  };
}
