"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { createWeightProfile, deleteWeightProfile } from "@/lib/services/weight-profiles";

/**
 * Section weights come as `w.<KEY>` fields, criterion weights as `c.<KEY>` (only those changed
 * from 1 are kept: the profile stays readable); knock-outs as lines like "EDGE-07 >= 3".
 */
export async function createProfileAction(slug: string, _p: ActionState | null, form: FormData) {
  const sectionWeights: Record<string, number> = {};
  const criterionWeights: Record<string, number> = {};
  for (const [k, v] of form) {
    const text = String(v).trim();
    if (text === "") continue;
    if (k.startsWith("w.")) sectionWeights[k.slice(2)] = Number(text);
    if (k.startsWith("c.") && Number(text) !== 1) criterionWeights[k.slice(2)] = Number(text);
  }
  const lines = String(form.get("knockouts") ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const knockouts = lines.map((l) => {
    const m = /^([A-Za-z0-9._()-]+)\s*>=\s*(\d+(?:\.\d+)?)$/.exec(l);
    return m ? { criterionKey: m[1], threshold: Number(m[2]) } : { criterionKey: l, threshold: Number.NaN };
  });
  const result = await runAction(
    async () =>
      createWeightProfile(await currentActor(), slug, {
        name: form.get("name"),
        sectionWeights,
        criterionWeights,
        knockouts,
      }),
    "Profile created.",
    form,
  );
  if (result.ok) revalidatePath(`/w/${slug}/profiles`);
  return result;
}

export async function deleteProfileAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () => deleteWeightProfile(await currentActor(), slug, formObject(form)),
    "Profile deleted.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/profiles`);
  return result;
}
