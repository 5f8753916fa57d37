import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { weightProfileSchema, type WeightProfileInput } from "../../schemas/weight-profile";
import { DEFAULT_SCALE_MAX, PRESET_PROFILES, type WeightProfile } from "../../scoring/index";

/** The presets of product.md, then the workspace's own profiles. */
export async function listWeightProfiles(
  actor: Actor | null,
  slug: string,
): Promise<Array<WeightProfile & { preset: boolean }>> {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const own = await db().weightProfile.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, sectionWeights: true, criterionWeights: true, knockouts: true },
  });
  return [
    ...PRESET_PROFILES.map((p) => ({ ...p, preset: true })),
    ...own.map((p) => ({ ...(p as unknown as WeightProfile), preset: false })),
  ];
}

/** Knock-out thresholds and keys are checked against the catalogue's scale and criteria. */
export async function createWeightProfile(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "profiles.write");
  const input = parseInput(weightProfileSchema, raw);
  const bad = input.knockouts.findIndex((k) => k.threshold > DEFAULT_SCALE_MAX);
  if (bad >= 0)
    throw new AppError("validation_failed", "Knock-out thresholds lie on the 0–4 scale.", [
      { field: `knockouts[${bad}].threshold`, message: "between 0 and 4" },
    ]);
  await assertKnownKeys(input);
  if (PRESET_PROFILES.some((p) => p.name.toLowerCase() === input.name.toLowerCase())) {
    throw new AppError("conflict", "A preset has this name.", [
      { field: "name", message: "taken by a preset" },
    ]);
  }
  return db().$transaction(async (tx) => {
    if (
      await tx.weightProfile.findUnique({
        where: { workspaceId_name: { workspaceId: workspace.id, name: input.name } },
      })
    ) {
      throw new AppError("conflict", "A profile with this name exists.", [
        { field: "name", message: "already used" },
      ]);
    }
    const row = await tx.weightProfile.create({
      data: { workspaceId: workspace.id, ...input },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      action: "profile.created",
      actor: me,
      workspaceId: workspace.id,
      targetType: "weight_profile",
      targetId: row.id,
      after: input,
    });
    return row;
  });
}

/**
 * Profiles apply to any catalogue, so keys are checked against every catalogue's sections
 * and criteria: a typo would otherwise be a weight that silently never applies.
 */
async function assertKnownKeys(input: WeightProfileInput) {
  const sectionKeys = Object.keys(input.sectionWeights);
  const criterionKeys = [
    ...Object.keys(input.criterionWeights),
    ...input.knockouts.map((k) => k.criterionKey),
  ];
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
    ...Object.keys(input.criterionWeights)
      .filter((k) => !knownCriteria.has(k))
      .map((k) => ({ field: `criterionWeights.${k}`, message: "no catalogue has this criterion" })),
    ...input.knockouts.flatMap((k, i) =>
      knownCriteria.has(k.criterionKey)
        ? []
        : [{ field: `knockouts[${i}].criterionKey`, message: `unknown criterion ${k.criterionKey}` }],
    ),
  ];
  if (issues.length)
    throw new AppError("validation_failed", `Unknown keys: ${issues.map((i) => i.field).join(", ")}`, issues);
}

export async function deleteWeightProfile(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "profiles.write");
  const { profileId } = parseInput(z.object({ profileId: z.uuid() }), raw);
  await db().$transaction(async (tx) => {
    const before = await tx.weightProfile.findFirst({ where: { id: profileId, workspaceId: workspace.id } });
    if (!before) throw new AppError("not_found", "Profile not found");
    await tx.weightProfile.delete({ where: { id: before.id } });
    await recordAudit(tx, {
      action: "profile.deleted",
      actor: me,
      workspaceId: workspace.id,
      targetType: "weight_profile",
      targetId: before.id,
      before: { name: before.name },
    });
  });
}
