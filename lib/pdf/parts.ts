import type { ReportModel } from "./model";

/** The report's parts, in order: the contents link to each by its id. */
export const PARTS = [
  ["summary", "Executive summary"],
  ["charts", "Charts"],
  ["sections", "Section scores"],
  ["readiness", "Regulatory readiness"],
  ["criteria", "Criteria in detail"],
  ["methodology", "Methodology"],
  ["reviewers", "Reviewers and sign-off"],
] as const;
export type PartId = (typeof PARTS)[number][0];

/** The parts this report has: the readiness chapter only when it prints a crosswalk. */
export const partsOf = (model: ReportModel) => PARTS.filter(([id]) => id !== "readiness" || model.readiness);

/** "n. Label", numbered as the contents number it. */
export function partHeading(model: ReportModel, id: PartId) {
  const parts = partsOf(model);
  const i = parts.findIndex(([p]) => p === id);
  return `${i + 1}. ${parts[i][1]}`;
}
