"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { deleteSavedComparison, saveComparison } from "@/lib/services/saved-comparisons";
import { createShareLink } from "@/lib/services/share-links";

export async function saveComparisonAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () => saveComparison(await currentActor(), slug, formObject(form)),
    "Comparison saved.",
    form,
  );
  if (result.ok) revalidatePath(`/w/${slug}`);
  return result;
}

/** The link's token is in the result once: only its hash is kept. */
export async function createShareAction(slug: string, _p: ActionState | null, form: FormData) {
  const days = String(form.get("expiresInDays") ?? "").trim();
  const input = {
    evaluationIds: String(form.get("evaluations") ?? "")
      .split(",")
      .filter(Boolean),
    profileId: String(form.get("profile") ?? "") || undefined,
    expiresInDays: days === "" ? undefined : Number(days),
    hideReviewers: form.get("hideReviewers") === "on",
  };
  return runAction(
    async () => createShareLink(await currentActor(), slug, input),
    "Share link created. Copy it now: it is shown only once.",
    form,
  );
}

export async function deleteComparisonAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () => deleteSavedComparison(await currentActor(), slug, formObject(form)),
    "Saved comparison deleted.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/compare`);
  return result;
}
