import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { tokenContext } from "@/lib/http/token-context";
import { createEvaluation, listEvaluations } from "@/lib/services/evaluations/evaluations";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => {
  parseQuery(req, z.object({}));
  const { actor, slug } = await tokenContext(req);
  return { evaluations: await listEvaluations(actor, slug) };
});

export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  const created = await createEvaluation(actor, slug, await readJsonBody(req));
  return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
});
