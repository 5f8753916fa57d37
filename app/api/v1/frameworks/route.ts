import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { readJsonBody } from "@/lib/http/body";
import { tokenContext } from "@/lib/http/token-context";
import { createFramework, listFrameworks } from "@/lib/services/evaluations/frameworks";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => {
  const query = parseQuery(req, z.object({ archived: z.enum(["true", "false"]).optional() }));
  const { actor, slug } = await tokenContext(req);
  const rows = await listFrameworks(actor, slug, { archived: query.archived === "true" });
  return { frameworks: rows.map(({ _count, ...f }) => ({ ...f, evaluations: _count.evaluations })) };
});

export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  const framework = await createFramework(actor, slug, await readJsonBody(req));
  return NextResponse.json(framework, { status: 201, headers: { "Cache-Control": "no-store" } });
});
