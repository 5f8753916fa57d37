import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { idempotentCreate } from "@/lib/http/idempotency";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { createFramework, listFrameworksPage } from "@/lib/services/evaluations/frameworks";

export const dynamic = "force-dynamic";

/** Newest first, `limit` per page; `nextCursor` asks for the next one (null on the last). */
export const GET = apiRoute(async (req) => {
  const { archived, ...page } = parseQuery(
    req,
    z.object({ archived: z.enum(["true", "false"]).optional(), ...pageQuery }),
  );
  const { actor, slug } = await tokenContext(req);
  const { items, nextCursor } = await listFrameworksPage(
    actor,
    slug,
    { archived: archived === "true" },
    page,
  );
  return {
    frameworks: items.map(({ _count, ...f }) => ({ ...f, evaluations: _count.evaluations })),
    nextCursor,
  };
});

export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return idempotentCreate(req, actor, {
    write: (body, within) => createFramework(actor, slug, body, within),
    present: (framework) => framework,
  });
});
