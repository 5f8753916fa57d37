import "server-only";
import type { Actor } from "../../auth/actor";
import { AppError, notFound } from "../../errors/app-error";
import { evaluationReadiness } from "./readiness";

/**
 * One regulation's drill-down for one evaluation: every requirement with its readiness and
 * coverage, the criteria behind it (with the section that scores them, for links), and the
 * requirements the catalogue cannot speak to. A regulation not mapped from it is a 404.
 */
export async function regulationPage(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  target: string,
) {
  const result = await evaluationReadiness(actor, slug, evaluationId, { target }).catch((err) => {
    if (err instanceof AppError && err.code === "validation_failed") throw notFound("Regulation");
    throw err;
  });
  const crosswalk = result.crosswalks[0];
  const groups = new Map<
    string,
    { key: string; title: string; requirements: typeof crosswalk.requirements }
  >();
  for (const r of crosswalk.requirements) {
    const g = groups.get(r.section.key) ?? { ...r.section, requirements: [] };
    g.requirements.push(r);
    groups.set(r.section.key, g);
  }
  return {
    evaluation: result.evaluation,
    disclaimer: result.disclaimer,
    crosswalk: { ...crosswalk, requirements: undefined },
    sections: [...groups.values()],
    notInCatalogue: crosswalk.requirements.filter((r) => r.coverage === "not_in_catalogue"),
  };
}
