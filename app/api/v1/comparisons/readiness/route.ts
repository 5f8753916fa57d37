import { apiRoute } from "@/lib/http/api";
import { tokenContext } from "@/lib/http/token-context";
import { comparisonReadiness } from "@/lib/services/comparisons/comparison-readiness";

export const dynamic = "force-dynamic";

/** `?evaluations=a,b,c&target=…`: readiness of 2–20 evaluations against the mapped regulations. */
export const GET = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return comparisonReadiness(actor, slug, Object.fromEntries(new URL(req.url).searchParams));
});
