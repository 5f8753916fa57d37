import type { ComparisonCell, ComparisonData } from "../compare/types";
import { isComplete, vendorInput, vendorLabel } from "../compare/vendor-input";
import { criterionWeight, rankVendors, sectionWeight, type WeightProfile } from "../scoring";
import type { ComparisonCrosswalkFigures, EvaluationCrosswalkFigures } from "../compare/readiness-figures";
import { agreementOf, type AgreementFacts } from "./agreement";
import { roundScore, safeHref } from "./format";
import { comparisonTargets, evaluationTargets, type ReportReadiness } from "./readiness-model";

export type ReportKind = "evaluation" | "comparison" | "share";

export type { AgreementFacts };

export interface ReportInput {
  kind: ReportKind;
  data: ComparisonData;
  profile: WeightProfile;
  title: string;
  /** Null on a share link's report: the shared page does not name the workspace either. */
  workspaceName: string | null;
  generatedAt: Date;
  appVersion: string;
  agreement?: Record<string, AgreementFacts>;
  /**
   * Comparison and share reports: comparisonReadiness(data, set) per target catalogue to print
   * (a share link passes only the one its page shows). Absent or empty: no readiness chapter.
   */
  readiness?: ComparisonCrosswalkFigures[];
  /** Evaluation reports: evaluationReadiness(…).crosswalks, from what the reader may see. */
  evaluationReadiness?: EvaluationCrosswalkFigures[];
}

export type SectionState = "scored" | "unscored" | "hidden" | "out_of_scope";

export interface ReportVendor {
  id: string;
  label: string;
  maker: string;
  rank: number;
  colorIndex: number;
  status: "draft" | "in_review" | "final";
  /** Rounded 0–100, as on screen; null when nothing is scored. */
  overall: number | null;
  coverage: number;
  disqualified: boolean;
  complete: boolean;
  failedKnockouts: Array<{ title: string; threshold: number }>;
  alpha: number | null;
  alphaLabel: string;
  disagreements: number;
  reviewers: string[];
  sections: Array<{
    key: string;
    title: string;
    state: SectionState;
    score: number | null;
    coverage: number | null;
    submittedBy: number;
    alpha: number | null;
    alphaLabel: string;
    disagreements: number | null;
  }>;
}

export type ReportCell = Omit<ComparisonCell, "reviews"> & {
  reviews: Array<{
    reviewer: string;
    value: ComparisonCell["reviews"][number]["value"];
    rationale: string;
    evidence: Array<{ text: string; href: string | null; grade: string }>;
  }>;
};

export interface ReportCriterion {
  key: string;
  title: string;
  weight: number;
  knockoutThreshold: number | null;
  cells: Array<{ vendorId: string; state: SectionState; cell: ReportCell | null }>;
}

type ModelOmits = "data" | "agreement" | "profile" | "readiness" | "evaluationReadiness";
export interface ReportModel extends Omit<ReportInput, ModelOmits> {
  catalogue: ComparisonData["catalogue"];
  hideReviewers: boolean;
  profile: {
    name: string;
    sections: Array<{ key: string; title: string; weight: number }>;
    criterionWeights: Array<{ title: string; weight: number }>;
    knockouts: Array<{ title: string; threshold: number }>;
  };
  vendors: ReportVendor[];
  sections: Array<{ key: string; title: string; weight: number; criteria: ReportCriterion[] }>;
  /** The "Regulatory readiness" chapter; null when no crosswalk is printed. */
  readiness: ReportReadiness | null;
}

const cellOf = (c: ComparisonCell): ReportCell => ({
  ...c,
  reviews: c.reviews.map((r) => ({
    reviewer: r.reviewer,
    value: r.value,
    rationale: r.rationale,
    evidence: (Array.isArray(r.evidence) ? r.evidence : []).map((e) => ({
      text: String(e.url ?? ""),
      href: safeHref(String(e.url ?? "")),
      grade: String(e.grade ?? ""),
    })),
  })),
});

/**
 * Everything a report prints, computed once from the same ComparisonData and lib/scoring
 * functions as the compare page (rankVendors over vendorInput), so the PDF's numbers are the
 * dashboard's numbers. The data is already blind-filtered: hidden sections carry no cells.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { data, profile } = input;
  const ranked = rankVendors(
    data.vendors.map((v) => vendorInput(data, v)),
    profile,
  );
  const byId = new Map(data.vendors.map((v) => [v.evaluationId, v]));
  const titleOf = new Map(data.sections.flatMap((s) => s.criteria.map((c) => [c.key, c.title] as const)));
  const colour = new Map(data.vendors.map((v, i) => [v.evaluationId, i]));
  const vendors: ReportVendor[] = ranked.map((r) => {
    const v = byId.get(r.id)!;
    const facts = input.agreement?.[r.id] ?? agreementOf(data, v);
    const sections = data.sections.map((s) => {
      const st = v.sections.find((x) => x.key === s.key);
      const res = r.result.sections.find((x) => x.key === s.key);
      const state: SectionState = !st?.inScope
        ? "out_of_scope"
        : st.hidden
          ? "hidden"
          : res?.score == null
            ? "unscored"
            : "scored";
      const f = facts.sections[s.key];
      return {
        key: s.key,
        title: s.title,
        state,
        score: roundScore(res?.score),
        coverage: state === "hidden" || !res ? null : res.coverage,
        submittedBy: st?.submittedBy ?? 0,
        alpha: f?.alpha ?? null,
        alphaLabel: f?.alphaLabel ?? "not enough data",
        disagreements: f?.disagreements ?? null,
      };
    });
    return {
      id: r.id,
      label: vendorLabel(v),
      maker: v.framework.vendor,
      rank: r.rank,
      colorIndex: colour.get(r.id) ?? 0,
      status: v.status,
      overall: roundScore(r.overall),
      coverage: r.result.coverage,
      disqualified: r.disqualified,
      complete: isComplete(v),
      failedKnockouts: r.result.knockouts
        .filter((k) => k.status === "fail")
        .map((k) => ({ title: titleOf.get(k.criterionKey) ?? k.criterionKey, threshold: k.threshold })),
      alpha: facts.alpha,
      alphaLabel: facts.alphaLabel,
      disagreements: Object.values(v.cells).filter((c) => c.disagreement).length,
      reviewers: [...new Set(Object.values(v.cells).flatMap((c) => c.reviews.map((x) => x.reviewer)))].sort(),
      sections,
    };
  });
  const knockoutOf = new Map(profile.knockouts.map((k) => [k.criterionKey, k.threshold]));
  return {
    kind: input.kind,
    title: input.title,
    workspaceName: input.workspaceName,
    generatedAt: input.generatedAt,
    appVersion: input.appVersion,
    catalogue: data.catalogue,
    hideReviewers: data.hideReviewers,
    profile: {
      name: profile.name,
      sections: data.sections.map((s) => ({
        key: s.key,
        title: s.title,
        weight: sectionWeight(profile, s.key),
      })),
      criterionWeights: data.sections
        .flatMap((s) => s.criteria)
        .map((c) => ({ title: c.title, weight: criterionWeight(profile, c.key) }))
        .filter((c) => c.weight !== 1),
      knockouts: profile.knockouts.map((k) => ({
        title: titleOf.get(k.criterionKey) ?? k.criterionKey,
        threshold: k.threshold,
      })),
    },
    vendors,
    readiness: readinessOf(input, vendors),
    sections: data.sections.map((s) => ({
      key: s.key,
      title: s.title,
      weight: sectionWeight(profile, s.key),
      criteria: s.criteria.map((c) => ({
        key: c.key,
        title: c.title,
        weight: criterionWeight(profile, c.key),
        knockoutThreshold: knockoutOf.get(c.key) ?? null,
        cells: vendors.map((v) => {
          const state = v.sections.find((x) => x.key === s.key)?.state ?? "out_of_scope";
          const cell = byId.get(v.id)!.cells[c.key];
          return {
            vendorId: v.id,
            state,
            cell: cell && state !== "hidden" && state !== "out_of_scope" ? cellOf(cell) : null,
          };
        }),
      })),
    })),
  };
}

function readinessOf(input: ReportInput, vendors: ReportVendor[]): ReportReadiness | null {
  if (input.evaluationReadiness?.length && vendors.length === 1)
    return evaluationTargets(vendors[0], input.evaluationReadiness);
  if (input.readiness?.length)
    return comparisonTargets(new Map(vendors.map((v) => [v.id, v.label])), input.readiness);
  return null;
}
