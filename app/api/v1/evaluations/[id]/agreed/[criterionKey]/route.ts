import { NextResponse } from "next/server";
import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { tokenContext } from "@/lib/http/token-context";
import { clearAgreedScore, setAgreedScore } from "@/lib/services/evaluations/agreed-scores";

export const dynamic = "force-dynamic";

/** Owner/admin: record the agreed value of a criterion, with a reason (audited old → new). */
export const PUT = apiRoute<{ id: string; criterionKey: string }>(async (req, { id, criterionKey }) => {
  const { actor, slug } = await tokenContext(req);
  return setAgreedScore(actor, slug, id, pathParam(criterionKey), await readJsonBody(req, 8 * 1024));
});

/** Owner/admin: drop the agreed value; the median of the reviewers' scores applies again. */
export const DELETE = apiRoute<{ id: string; criterionKey: string }>(async (req, { id, criterionKey }) => {
  const { actor, slug } = await tokenContext(req);
  await clearAgreedScore(actor, slug, id, pathParam(criterionKey));
  return new NextResponse(null, { status: 204 });
});
