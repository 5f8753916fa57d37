"use server";

import { currentActor } from "@/lib/auth/current";
import { z } from "zod";
import { runAction } from "@/lib/http/action";
import { field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { setAgreedScore } from "@/lib/services/evaluations/agreed-scores";
import { saveScore, submitSection } from "@/lib/services/evaluations/scores";

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

/** The agreed value: a score, "na" (not applicable) or blank (cleared), with the reason. */
export const setAgreedAction = workspaceAction(
  z.object({ agreed: field.text(), reason: field.text() }).transform(({ agreed, reason }) => ({
    value: agreed === "na" || agreed === "" ? null : Number(agreed),
    notApplicable: agreed === "na",
    reason,
  })),
  (actor, slug, input, evaluationId: string, criterionKey: string) =>
    setAgreedScore(actor, slug, evaluationId, criterionKey, input),
  {
    success: "Agreed value recorded.",
    revalidate: ({ slug, ids: [evaluationId] }) => [[`/w/${slug}/evaluations/${evaluationId}`, "layout"]],
  },
);
