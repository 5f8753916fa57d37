"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current";
import { runAction, type ActionState } from "@/lib/http/action";
import { assignSectionReviewers, changeEvaluationStatus, createEvaluation } from "@/lib/services/evaluations";
import { revalidatePath } from "next/cache";

export async function createEvaluationAction(
  slug: string,
  _p: ActionState | null,
  form: FormData,
): Promise<ActionState> {
  const [catalogueSlug, version] = String(form.get("catalogue") ?? "").split("@");
  const sections = form.getAll("sections").map(String);
  const outOfScopeReasons: Record<string, string> = {};
  for (const [k, v] of form)
    if (k.startsWith("reason.") && String(v).trim()) outOfScopeReasons[k.slice(7)] = String(v);
  const from = String(form.get("fromEvaluationId") ?? "");
  const result = await runAction(async () =>
    createEvaluation(await currentActor(), slug, {
      frameworkId: form.get("frameworkId"),
      catalogue: { slug: catalogueSlug, version },
      sections,
      outOfScopeReasons,
      ...(from ? { fromEvaluationId: from } : {}),
    }),
  );
  if (result.ok) redirect(`/w/${slug}/evaluations/${(result.data as { id: string }).id}`);
  return result;
}

export async function changeStatusAction(slug: string, id: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () =>
      changeEvaluationStatus(await currentActor(), slug, id, {
        status: form.get("status"),
        reason: String(form.get("reason") ?? "") || undefined,
      }),
    "Status changed.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/evaluations/${id}`);
  return result;
}

export async function assignReviewersAction(
  slug: string,
  id: string,
  _p: ActionState | null,
  form: FormData,
) {
  const result = await runAction(
    async () =>
      assignSectionReviewers(await currentActor(), slug, id, {
        sectionKey: String(form.get("sectionKey") ?? ""),
        assigneeIds: form.getAll("assigneeIds").map(String),
      }),
    "Reviewers saved.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/evaluations/${id}`);
  return result;
}
