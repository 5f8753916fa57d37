"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { runAction, type ActionState } from "@/lib/http/action";
import { setAgreedScore } from "@/lib/services/agreed-scores";
import { saveScore, submitSection } from "@/lib/services/scores";

/** Autosave of one criterion; `version` is what the browser last saw (0 = never saved). */
export async function saveScoreAction(
  slug: string,
  evaluationId: string,
  criterionKey: string,
  body: unknown,
  version: number,
) {
  return runAction(async () => {
    const s = await saveScore(await currentActor(), slug, evaluationId, criterionKey, body, version);
    return { version: s.version, updatedAt: s.updatedAt.toISOString() };
  });
}

export async function submitSectionAction(slug: string, evaluationId: string, sectionKey: string) {
  return runAction(
    async () => submitSection(await currentActor(), slug, evaluationId, sectionKey),
    "Section submitted. Everyone's scores are now visible to you.",
  );
}

export async function setAgreedAction(
  slug: string,
  evaluationId: string,
  criterionKey: string,
  _p: ActionState | null,
  form: FormData,
) {
  const raw = String(form.get("agreed") ?? "");
  const body = {
    value: raw === "na" || raw === "" ? null : Number(raw),
    notApplicable: raw === "na",
    reason: String(form.get("reason") ?? ""),
  };
  const result = await runAction(
    async () => setAgreedScore(await currentActor(), slug, evaluationId, criterionKey, body),
    "Agreed value recorded.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/evaluations/${evaluationId}`, "layout");
  return result;
}
