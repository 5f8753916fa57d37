import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { ifMatchVersion } from "@/lib/http/etag";
import { tokenContext } from "@/lib/http/token-context";
import { saveScore } from "@/lib/services/evaluations/scores";

export const dynamic = "force-dynamic";

/** Saves the caller's own score; `If-Match: <version>` (or "0" for a first save) guards against lost updates. */
export const PUT = apiRoute<{ id: string; criterionKey: string }>(async (req, { id, criterionKey }) => {
  const ifMatch = ifMatchVersion(req, "a score version number");
  const { actor, slug } = await tokenContext(req);
  const saved = await saveScore(
    actor,
    slug,
    id,
    pathParam(criterionKey),
    await readJsonBody(req, 32 * 1024),
    ifMatch,
  );
  const body = JSON.stringify({
    criterionKey: saved.criterionKey,
    value: saved.value,
    notApplicable: saved.notApplicable,
    rationale: saved.rationale,
    evidence: saved.evidence,
    version: saved.version,
    updatedAt: saved.updatedAt,
  });
  // no-transform: Next's compression skips it (it ignores a declared length below its 1 KiB
  // threshold here); gzipping a few hundred bytes per save cost ~9 % of the server's CPU under load.
  return new Response(body, {
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store, no-transform" },
  });
});
