import { NextResponse } from "next/server";
import { apiRoute, pathParam } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { ifMatchTag, withTag } from "@/lib/http/etag";
import { tokenContext } from "@/lib/http/token-context";
import { pathId } from "@/lib/schemas/framework";
import {
  deleteWeightProfile,
  getWeightProfile,
  updateWeightProfile,
} from "@/lib/services/comparisons/weight-profiles";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  return withTag(await getWeightProfile(actor, slug, pathParam(id)));
});

/** Changes only the fields sent; `If-Match: "<etag>"` refuses a stale change with 409. */
export const PATCH = apiRoute<{ id: string }>(async (req, { id }) => {
  const ifMatch = ifMatchTag(req);
  const { actor, slug } = await tokenContext(req);
  const body = await readJsonBody(req, 64 * 1024);
  return withTag(await updateWeightProfile(actor, slug, pathParam(id), body, ifMatch));
});

/** Owner/admin, as the profiles page's delete button. */
export const DELETE = apiRoute<{ id: string }>(async (req, { id }) => {
  const { actor, slug } = await tokenContext(req);
  await deleteWeightProfile(actor, slug, { profileId: pathId(pathParam(id), "Weight profile") });
  return new NextResponse(null, { status: 204 });
});
