import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { listCatalogues } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (req) => {
  parseQuery(req, z.object({}));
  return { catalogues: await listCatalogues() };
});
