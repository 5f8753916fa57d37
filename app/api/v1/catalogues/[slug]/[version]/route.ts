import { z } from "zod";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { getCatalogue } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ slug: string; version: string }>(async (req, { slug, version }) => {
  parseQuery(req, z.object({}));
  // Workspace-only facts (archive state, publication time) stay out of the public shape.
  const { publishedAt: _p, archivedAt: _a, builtIn: _b, ...c } = await getCatalogue(slug, version);
  void [_p, _a, _b];
  return { ...c, scale: c.scale.levels, notApplicable: c.scale.notApplicable };
});
