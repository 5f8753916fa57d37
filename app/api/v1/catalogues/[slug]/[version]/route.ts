import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { getCatalogue } from "@/lib/services/catalogues";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string; version: string }>(async (req, { slug, version }) => {
  parseQuery(req, z.object({}));
  const c = await getCatalogue(slug, version);
  return { ...c, scale: c.scale.levels, notApplicable: c.scale.notApplicable };
});
