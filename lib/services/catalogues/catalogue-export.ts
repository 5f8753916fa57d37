import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { notFound } from "../../errors/app-error";
import { exportCisoLibrary } from "../../interop/ciso-assistant/export-library";
import { exportOscalCatalog, type ExportableCatalogue } from "../../interop/oscal/export-catalog";
import { catalogueRefSchema } from "../../schemas/catalogue";
import { parseInput } from "../../schemas/parse";
import { findCatalogueDetail, type CatalogueDetail } from "./catalogues";

export const EXPORT_FORMATS = ["oscal", "ciso-assistant"] as const;
export const exportFormatSchema = z.object({ format: z.enum(EXPORT_FORMATS) });

export interface CatalogueFile {
  filename: string;
  contentType: string;
  body: string;
}

export function toExportable(c: CatalogueDetail): ExportableCatalogue {
  return {
    slug: c.slug,
    version: c.version,
    title: c.title,
    publisher: c.source.publisher,
    publishedOn: c.source.publishedOn,
    sourceUrl: c.source.url,
    licence: c.source.licence,
    description: c.description,
    scale: c.scale,
    sections: c.sections,
    publishedAt: c.publishedAt,
    purpose: c.purpose,
  };
}

/**
 * A catalogue as a file. Built-in catalogues are public; a workspace's import only for its
 * members (with a token, only that workspace's token). Anyone else gets the same 404 as for
 * an unknown version, so imported catalogues cannot be discovered by guessing.
 */
export async function exportCatalogue(
  actor: Actor | null,
  slug: string,
  version: string,
  raw: unknown,
): Promise<CatalogueFile> {
  const { format } = parseInput(exportFormatSchema, raw);
  const ref = catalogueRefSchema.safeParse({ slug, version });
  if (!ref.success) throw notFound("Catalogue");
  const row = await db().catalogue.findFirst({
    where: { slug: ref.data.slug, version: ref.data.version, status: "published" },
    select: { id: true, workspace: { select: { slug: true } } },
  });
  if (!row) throw notFound("Catalogue");
  if (row.workspace) {
    if (!actor) throw notFound("Catalogue");
    await authorize(actor, row.workspace.slug, "workspace.read").catch((err) => {
      throw err?.code === "not_found" ? notFound("Catalogue") : err;
    });
  }
  const detail = await findCatalogueDetail({ id: row.id });
  if (!detail) throw notFound("Catalogue");
  const base = `${detail.slug}-${detail.version}`;
  if (format === "oscal") {
    return {
      filename: `${base}.oscal.json`,
      contentType: "application/json",
      body: `${JSON.stringify(exportOscalCatalog(toExportable(detail)), null, 2)}\n`,
    };
  }
  return {
    filename: `${base}.ciso-assistant.yaml`,
    contentType: "application/yaml",
    body: exportCisoLibrary(toExportable(detail)),
  };
}
