import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { listScores } from "@/lib/services/evaluations/scores";

export const dynamic = "force-dynamic";

/** The blind rule applies: other reviewers' scores appear only where the caller may see them. */
export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  parseQuery(req, z.object({}));
  const { actor, slug } = await tokenContext(req);
  const { scores } = await listScores(actor, slug, id);
  return {
    scores: scores.map((s) => ({
      criterionKey: s.criterionKey,
      reviewer: { email: s.reviewer.email, name: s.reviewer.name },
      value: s.value,
      notApplicable: s.notApplicable,
      rationale: s.rationale,
      evidence: s.evidence,
      carriedOver: s.carriedOver,
      version: s.version,
      updatedAt: s.updatedAt,
    })),
  };
});
