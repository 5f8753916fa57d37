import { NextResponse } from "next/server";
import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { ifMatchTag, withTag } from "@/lib/http/etag";
import { tokenContext } from "@/lib/http/token-context";
import { pathId } from "@/lib/schemas/framework";
import {
  getSavedComparison,
  updateSavedComparison,
} from "@/lib/services/comparisons/saved-comparison-records";
import { deleteSavedComparison } from "@/lib/services/comparisons/saved-comparisons";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  return withTag(await getSavedComparison(actor, slug, pathParam(id)));
});

/** Changes only the fields sent; `If-Match: "<etag>"` refuses a stale change with 409. */
export const PATCH = apiRoute<{ id: string }>(async (req, { id }) => {
  const ifMatch = ifMatchTag(req);
  const { actor, slug } = await tokenContext(req);
  const body = await readJsonBody(req, 16 * 1024);
  return withTag(await updateSavedComparison(actor, slug, pathParam(id), body, ifMatch));
});

/** Reviewers and up, as the compare page's delete button. */
export const DELETE = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  await deleteSavedComparison(actor, slug, { comparisonId: pathId(pathParam(id), "Saved comparison") });
  return new NextResponse(null, { status: 204 });
});
