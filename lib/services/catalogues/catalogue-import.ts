import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { AppError } from "../../errors/app-error";
import { fieldIssues } from "../../errors/issue-path";
import { CISO_YAML_LIMITS, OSCAL_JSON_LIMITS } from "../../interop/limits";
import { catalogueInputSchema } from "../../schemas/catalogue";
import { parseInput } from "../../schemas/parse";
import { runHeavy } from "../../workers/pool";
import { storeCatalogueVersion } from "./catalogue-store";

/** Uploads larger than this are refused (413) by the routes before they are read in full (the limits live in interop/limits). */
export const MAX_CATALOGUE_BYTES = Math.max(OSCAL_JSON_LIMITS.bytes, CISO_YAML_LIMITS.bytes);

export const importRequestSchema = z.object({
  /** Absent: guessed from the text (JSON → OSCAL, otherwise CISO Assistant YAML). */
  format: z.enum(["oscal", "ciso-assistant"]).optional(),
  text: z.string().min(1, "the file is empty").max(MAX_CATALOGUE_BYTES, "the file is too large"),
  filename: z.string().trim().max(200).optional(),
  /** Import under another version than the file's (e.g. a re-import of an export). */
  version: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, . _ - only")
    .optional(),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const detectFormat = (text: string) =>
  (/^\s*[{[]/.test(text) ? "oscal" : "ciso-assistant") as "oscal" | "ciso-assistant";

/**
 * Imports an OSCAL catalog or a CISO Assistant library into the workspace: parsed and
 * validated in full first, in the worker pool (a bad file stores nothing and names the path
 * of its first problem; a pathological one costs a worker, not the server), then stored,
 * published and audited in one transaction.
 */
export async function importCatalogue(actor: Actor | null, wsSlug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, wsSlug, "catalogues.import");
  const request = parseInput(importRequestSchema, raw);
  const format = request.format ?? detectFormat(request.text);
  const source = request.filename || (format === "oscal" ? "catalog.json" : "library.yaml");
  let input = await runHeavy("parseCatalogue", { format, text: request.text, source });
  if (request.version) {
    const overridden = catalogueInputSchema.safeParse({ ...input, version: request.version });
    if (!overridden.success)
      throw new AppError("validation_failed", "Invalid version", fieldIssues(overridden.error));
    input = overridden.data;
  }
  const digest = createHash("sha256").update(request.text).digest("hex");
  const stored = await storeCatalogueVersion(input, digest, {
    workspaceId: workspace.id,
    refuseExisting: true,
    afterStore: (tx, catalogueId) =>
      recordAudit(tx, {
        action: "catalogue.imported",
        actor: me,
        workspaceId: workspace.id,
        targetType: "catalogue",
        targetId: catalogueId,
        after: {
          slug: input.slug,
          version: input.version,
          format,
          digest,
          criteriaCount: input.sections.reduce((n, s) => n + s.criteria.length, 0),
        },
      }),
  });
  return { slug: stored.slug, version: stored.version, criteriaCount: stored.criteriaCount };
}
