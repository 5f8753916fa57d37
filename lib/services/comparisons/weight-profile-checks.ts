import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import type { WeightProfileUpdate } from "../../schemas/weight-profile";
import { DEFAULT_SCALE_MAX, PRESET_PROFILES } from "../../scoring/index";

/**
 * What a new or changed profile must satisfy beyond its schema (the fields it names): knock-out
 * thresholds on the scale, keys some catalogue has, and a name no preset uses.
 */
export async function checkWeightProfile(input: WeightProfileUpdate) {
  const bad = (input.knockouts ?? []).findIndex((k) => k.threshold > DEFAULT_SCALE_MAX);
  if (bad >= 0)
    throw new AppError("validation_failed", "Knock-out thresholds lie on the 0–4 scale.", [
      { field: `knockouts[${bad}].threshold`, message: "between 0 and 4" },
    ]);
  await assertKnownKeys(input);
  const name = input.name?.toLowerCase();
  if (name && PRESET_PROFILES.some((p) => p.name.toLowerCase() === name)) {
    throw new AppError("conflict", "A preset has this name.", [
      { field: "name", message: "taken by a preset" },
    ]);
  }
}

/**
 * Profiles apply to any catalogue, so keys are checked against every catalogue's sections
 * and criteria: a typo would otherwise be a weight that silently never applies.
 */
async function assertKnownKeys(input: WeightProfileUpdate) {
  const sectionKeys = Object.keys(input.sectionWeights ?? {});
  const weighted = Object.keys(input.criterionWeights ?? {});
  const knockouts = input.knockouts ?? [];
  const criterionKeys = [...weighted, ...knockouts.map((k) => k.criterionKey)];
  const [sections, criteria] = await Promise.all([
    db().section.findMany({ where: { key: { in: sectionKeys } }, select: { key: true }, distinct: ["key"] }),
    db().criterion.findMany({
      where: { key: { in: criterionKeys } },
      select: { key: true },
      distinct: ["key"],
    }),
  ]);
  const knownSections = new Set(sections.map((s) => s.key));
  const knownCriteria = new Set(criteria.map((c) => c.key));
  const issues = [
    ...sectionKeys
      .filter((k) => !knownSections.has(k))
      .map((k) => ({ field: `sectionWeights.${k}`, message: "no catalogue has this section" })),
    ...weighted
      .filter((k) => !knownCriteria.has(k))
      .map((k) => ({ field: `criterionWeights.${k}`, message: "no catalogue has this criterion" })),
    ...knockouts.flatMap((k, i) =>
      knownCriteria.has(k.criterionKey)
        ? []
        : [{ field: `knockouts[${i}].criterionKey`, message: `unknown criterion ${k.criterionKey}` }],
    ),
  ];
  if (issues.length)
    throw new AppError("validation_failed", `Unknown keys: ${issues.map((i) => i.field).join(", ")}`, issues);
}
