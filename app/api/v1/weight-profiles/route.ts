import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { idempotentCreate } from "@/lib/http/idempotency";
import { pageQuery } from "@/lib/http/pagination";
import { tokenContext } from "@/lib/http/token-context";
import { createWeightProfile, listWeightProfilesPage } from "@/lib/services/comparisons/weight-profiles";

export const dynamic = "force-dynamic";

/** The workspace's own profiles (the presets are built in), newest first, `limit` per page. */
export const GET = apiRoute(async (req) => {
  const page = parseQuery(req, z.object(pageQuery));
  const { actor, slug } = await tokenContext(req);
  const { items, nextCursor } = await listWeightProfilesPage(actor, slug, page);
  return { weightProfiles: items, nextCursor };
});

/** Owner/admin, as the profiles page; the same checks (keys, scale, names) and audit. */
export const POST = apiRoute(async (req) => {
  const { actor, slug } = await tokenContext(req);
  return idempotentCreate(req, actor, {
    write: (body, within) => createWeightProfile(actor, slug, body, within),
    present: (profile) => profile,
    maxBytes: 64 * 1024,
  });
});
