import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db, type Prisma } from "../../db";
import { notFound } from "../../errors/app-error";
import { assertFresh, staleChange } from "../../http/content-tag";
import { pathId } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { weightProfileUpdateSchema } from "../../schemas/weight-profile";
import { nameTaken, uniqueName } from "../unique-name";
import { checkWeightProfile } from "./weight-profile-checks";
import { PROFILE_COLUMNS, profileView } from "./weight-profile-view";

/**
 * The API's PATCH of a profile: the fields sent, checked as on creation. `ifMatch` is the ETag
 * the caller last saw (a content hash: the table has no version column); a stale one is a 409
 * carrying the current profile and changes nothing.
 */
export async function updateWeightProfile(
  actor: Actor | null,
  slug: string,
  id: string,
  raw: unknown,
  ifMatch?: string,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "profiles.write");
  const input = parseInput(weightProfileUpdateSchema, raw);
  const profileId = pathId(id, "Weight profile");
  await checkWeightProfile(input);
  return uniqueName("profile", () =>
    db().$transaction(async (tx) => {
      const before = await tx.weightProfile.findFirst({
        where: { id: profileId, workspaceId: workspace.id },
        select: PROFILE_COLUMNS,
      });
      if (!before) throw notFound("Weight profile");
      const current = profileView(before);
      assertFresh("weight profile", current, ifMatch);
      if (input.name && input.name !== before.name) {
        const taken = await tx.weightProfile.findUnique({
          where: { workspaceId_name: { workspaceId: workspace.id, name: input.name } },
          select: { id: true },
        });
        if (taken) throw nameTaken("profile");
      }
      // The content read above is in the where clause, so check and write are one statement:
      // a concurrent change between the read and here makes this update match nothing.
      const { count } = await tx.weightProfile.updateMany({
        where: {
          id: before.id,
          name: before.name,
          sectionWeights: { equals: before.sectionWeights as Prisma.InputJsonValue },
          criterionWeights: { equals: before.criterionWeights as Prisma.InputJsonValue },
          knockouts: { equals: before.knockouts as Prisma.InputJsonValue },
        },
        data: input,
      });
      // Lost to a concurrent change (or delete): the 409 carries what is current now.
      if (!count) {
        const now = await tx.weightProfile.findUnique({ where: { id: before.id }, select: PROFILE_COLUMNS });
        throw now ? staleChange("weight profile", profileView(now)) : notFound("Weight profile");
      }
      await recordAudit(tx, {
        action: "profile.updated",
        actor: me,
        workspaceId: workspace.id,
        targetType: "weight_profile",
        targetId: before.id,
        before: { name: before.name, ...pick(before, Object.keys(input)) },
        after: input,
      });
      return profileView(
        await tx.weightProfile.findUniqueOrThrow({ where: { id: before.id }, select: PROFILE_COLUMNS }),
      );
    }),
  );
}

const pick = (row: object, keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => keys.includes(k)));
