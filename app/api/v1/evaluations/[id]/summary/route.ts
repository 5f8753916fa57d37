import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { evaluationSummary } from "@/lib/services/evaluations/evaluation-summary";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const query = parseQuery(req, z.object({ profile: z.string().max(80).optional() }));
  const { actor, slug } = await tokenContext(req);
  const s = await evaluationSummary(actor, slug, id, query);
  return {
    overall: s.overall,
    coverage: s.coverage,
    alpha: s.alpha,
    alphaLabel: s.alphaLabel,
    disqualified: s.disqualified,
    knockouts: s.knockouts,
    profile: s.profile,
    sections: s.sections.map((x) => ({
      key: x.key,
      score: x.score,
      coverage: x.coverage,
      alpha: x.alpha,
      disagreements: x.disagreements,
      hidden: x.hidden,
    })),
  };
});
