"use server";

import { currentActor } from "@/lib/auth/current";
import { runAction } from "@/lib/http/action";
import { saveScore, submitSection } from "@/lib/services/scores";

/** Autosave of one criterion; `version` is what the browser last saw (0 = never saved). */
export async function saveScoreAction(slug: string, evaluationId: string, criterionKey: string, body: unknown, version: number) {
  return runAction(async () => {
    const s = await saveScore(await currentActor(), slug, evaluationId, criterionKey, body, version);
    return { version: s.version, updatedAt: s.updatedAt.toISOString() };
  });
}

export async function submitSectionAction(slug: string, evaluationId: string, sectionKey: string) {
  return runAction(async () => submitSection(await currentActor(), slug, evaluationId, sectionKey), "Section submitted. Everyone's scores are now visible to you.");
}
