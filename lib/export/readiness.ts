import {
  COVERAGE_LABEL,
  READINESS_DISCLAIMER,
  type ComparisonCrosswalkFigures,
  type CoverageCounts,
  type EvaluationCrosswalkFigures,
} from "../compare/readiness-figures";
import { pct } from "./rows";

/*
 * Readiness in files: the figures the readiness API returns for the same reader (the services
 * pass them in; nothing here reads a score). JSON keeps them exact; CSV and XLSX get one row
 * per target requirement, each target led by its catalogue-level row, readiness rounded as
 * the other percentages are.
 */

type Line = Array<string | number>;

/** The JSON `readiness` member of an evaluation export: the API's figures, field by field. */
export function evaluationReadinessJson(crosswalks: EvaluationCrosswalkFigures[]) {
  return {
    disclaimer: READINESS_DISCLAIMER,
    crosswalks: crosswalks.map((c) => ({
      mappingSet: { slug: c.mappingSet.slug, version: c.mappingSet.version, title: c.mappingSet.title },
      target: c.target,
      readiness: c.readiness,
      counts: c.counts,
      requirements: c.requirements.map((r) => ({
        key: r.key,
        title: r.title,
        readiness: r.readiness,
        coverage: r.coverage,
        reason: r.reason,
        contributing: r.contributing.map(({ key, relationship, consensus }) => ({
          key,
          relationship,
          consensus,
        })),
      })),
    })),
  };
}

/** The JSON `readiness` member of a comparison export: as GET /api/v1/comparisons/readiness. */
export function comparisonReadinessJson(crosswalks: ComparisonCrosswalkFigures[]) {
  return {
    disclaimer: READINESS_DISCLAIMER,
    crosswalks: crosswalks.map((c) => ({
      mappingSet: c.mappingSet,
      target: c.target,
      requirements: c.requirements,
      notInCatalogue: c.notInCatalogue,
      vendors: c.vendors.map(({ evaluationId, name, readiness, counts, cells }) => ({
        evaluationId,
        name,
        readiness,
        counts,
        cells,
      })),
      ranking: c.ranking,
    })),
  };
}

const countsText = (c: CoverageCounts) =>
  `full ${c.full}, partial ${c.partial}, not assessed ${c.notAssessed}, not assessed by this catalogue ${c.notInCatalogue}`;

export const EVALUATION_READINESS_HEADER = [
  "Target catalogue",
  "Target version",
  "Requirement",
  "Title",
  "Coverage",
  "Readiness %",
  "Contributing criteria",
  "Reason not assessed",
];

/** One row per target requirement; each target starts with its readiness and counts. */
export function evaluationReadinessRows(crosswalks: EvaluationCrosswalkFigures[]): Line[] {
  return crosswalks.flatMap((c) => [
    [
      c.target.title,
      c.target.version,
      "",
      "(catalogue readiness)",
      countsText(c.counts),
      pct(c.readiness),
      "",
      "",
    ],
    ...c.requirements.map((r): Line => [
      c.target.title,
      c.target.version,
      r.key,
      r.title,
      COVERAGE_LABEL[r.coverage],
      pct(r.readiness),
      [...new Set(r.contributing.map((x) => x.key))].join(", "),
      r.reason ?? "",
    ]),
  ]);
}

/**
 * Comparisons: one readiness column per vendor (numbers a spreadsheet can sort and colour),
 * then one coverage column per vendor, vendors in the order given (the export's ranking).
 */
export function comparisonReadinessTable(
  crosswalks: ComparisonCrosswalkFigures[],
  vendors: Array<{ id: string; name: string }>,
): { header: string[]; rows: Line[] } {
  const header = [
    "Target catalogue",
    "Target version",
    "Requirement",
    "Title",
    ...vendors.map((v) => `${v.name} readiness %`),
    ...vendors.map((v) => `${v.name} coverage`),
  ];
  const rows = crosswalks.flatMap((c) => {
    const of = vendors.map((v) => c.vendors.find((x) => x.evaluationId === v.id));
    return [
      [
        c.target.title,
        c.target.version,
        "",
        "(catalogue readiness)",
        ...of.map((v) => pct(v?.readiness)),
        ...of.map((v) => (v ? countsText(v.counts) : "")),
      ],
      ...c.requirements.map((r): Line => [
        c.target.title,
        c.target.version,
        r.key,
        r.title,
        ...of.map((v) => pct(v?.cells[r.key]?.readiness)),
        ...of.map((v) => {
          const coverage = v?.cells[r.key]?.coverage;
          return coverage ? COVERAGE_LABEL[coverage] : "";
        }),
      ]),
    ];
  });
  return { header, rows };
}
