import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { pathId } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { weightProfileSchema } from "../../schemas/weight-profile";
import { PRESET_PROFILES, type WeightProfile } from "../../scoring/index";
import type { InTransaction } from "../in-transaction";
import { nameTaken, uniqueName } from "../unique-name";
import { checkWeightProfile } from "./weight-profile-checks";
import { PROFILE_COLUMNS, profileView, type ProfileView } from "./weight-profile-view";

// The API's change of a profile lives in its own module; callers import it from here.
export { updateWeightProfile } from "./weight-profile-update";

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

/** The API's list: the workspace's own profiles (not the built-in presets), newest first, a page at a time. */
export async function listWeightProfilesPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const { where, ...window } = pageWindow(page);
  const rows = await db().weightProfile.findMany({
    where: { workspaceId: workspace.id, ...where },
    ...window,
    select: PROFILE_COLUMNS,
  });
  const { items, nextCursor } = pageOf(rows, page);
  return { items: items.map(profileView), nextCursor };
}

export async function getWeightProfile(actor: Actor | null, slug: string, id: string) {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const row = await db().weightProfile.findFirst({
    where: { id: pathId(id, "Weight profile"), workspaceId: workspace.id },
    select: PROFILE_COLUMNS,
  });
  if (!row) throw notFound("Weight profile");
  return profileView(row);
}

/** Knock-out thresholds and keys are checked against the catalogue's scale and criteria. */
export async function createWeightProfile(
  actor: Actor | null,
  slug: string,
  raw: unknown,
  within?: InTransaction<ProfileView>,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "profiles.write");
  const input = parseInput(weightProfileSchema, raw);
  await checkWeightProfile(input);
  return uniqueName("profile", () =>
    db().$transaction(async (tx) => {
      if (
        await tx.weightProfile.findUnique({
          where: { workspaceId_name: { workspaceId: workspace.id, name: input.name } },
        })
      )
        throw nameTaken("profile");
      const row = profileView(
        await tx.weightProfile.create({
          data: { workspaceId: workspace.id, ...input },
          select: PROFILE_COLUMNS,
        }),
      );
      await recordAudit(tx, {
        action: "profile.created",
        actor: me,
        workspaceId: workspace.id,
        targetType: "weight_profile",
        targetId: row.id,
        after: input,
      });
      await within?.(tx, row);
      return row;
    }),
  );
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
