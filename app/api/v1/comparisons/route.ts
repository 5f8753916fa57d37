import { comparisonSummary } from "@/lib/compare/summary";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { comparisonQuerySchema } from "@/lib/schemas/comparison";
import { loadComparison } from "@/lib/services/comparisons/comparisons";

export const dynamic = "force-dynamic";

/** `?evaluations=a,b,c&profile=…`: 2–20 evaluations of one catalogue version, ranked. */
export const GET = apiRoute(async (req) => {
  const query = parseQuery(req, comparisonQuerySchema);
  const { actor, slug } = await tokenContext(req);
  const data = await loadComparison(actor, slug, query.evaluations);
  const summary = comparisonSummary(data, query.profile);
  if (!summary)
    throw new AppError("validation_failed", `Unknown weight profile "${query.profile}".`, [
      { field: "profile", message: "unknown profile" },
    ]);
  return summary;
});
