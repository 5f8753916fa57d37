import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { CatalogueShape } from "../../backup/references";
import type { Backup } from "../../backup/schema";
import { db, type Prisma } from "../../db";
import { AppError, type FieldIssue } from "../../errors/app-error";
import { scaleSchema, type CatalogueInput } from "../../schemas/catalogue";
import { runHeavy } from "../../workers/pool";
import { insertCatalogueVersion } from "../catalogues/catalogue-store";

/** How a backup's catalogue reaches the restored workspace: an existing built-in one, or a re-import. */
export type CataloguePlan =
  | { kind: "existing"; id: string; shape: CatalogueShape }
  | { kind: "import"; input: CatalogueInput; digest: string; shape: CatalogueShape };

const shapeOfInput = (input: CatalogueInput): CatalogueShape => ({
  max: Math.max(...input.scale.levels.map((l) => l.value)),
  sections: new Map(input.sections.map((s) => [s.key, new Set(s.criteria.map((c) => c.key))])),
});

/**
 * Built-in catalogues must exist here by slug and version. A workspace's own catalogue is
 * re-imported from the OSCAL it travels as; if its slug+version is already taken on this
 * instance (restoring next to the original workspace), it gets a new version: a catalogue
 * version belongs to one workspace. Checked before the transaction: a bad file stores nothing.
 */
export async function planCatalogues(b: Backup): Promise<Map<string, CataloguePlan>> {
  const plans = new Map<string, CataloguePlan>();
  const issues: FieldIssue[] = [];
  for (const [i, c] of b.catalogues.entries()) {
    const at = `$.catalogues[${i}]`;
    const row = await db().catalogue.findUnique({
      where: { slug_version: { slug: c.slug, version: c.version } },
      select: {
        id: true,
        status: true,
        workspaceId: true,
        scale: true,
        sections: { select: { key: true, criteria: { select: { key: true } } } },
      },
    });
    if (row && row.workspaceId === null && row.status === "published") {
      const scale = scaleSchema.parse(row.scale);
      plans.set(`${c.slug}@${c.version}`, {
        kind: "existing",
        id: row.id,
        shape: {
          max: Math.max(...scale.levels.map((l) => l.value)),
          sections: new Map(row.sections.map((s) => [s.key, new Set(s.criteria.map((x) => x.key))])),
        },
      });
      continue;
    }
    if (!c.oscal) {
      issues.push({
        field: at,
        message: `catalogue ${c.slug} ${c.version} is not built into this instance (load it first)`,
      });
      continue;
    }
    const text = JSON.stringify(c.oscal);
    let input: CatalogueInput;
    try {
      // In the worker pool: a hostile catalogue inside a backup costs a worker, like an upload.
      input = await runHeavy("parseCatalogue", { format: "oscal", text, source: `${at}.oscal` });
    } catch (err) {
      if (!(err instanceof AppError) || err.code === "busy") throw err; // a full pool is no fault of the file
      issues.push(
        ...(err.issues.length
          ? err.issues.map((x) => ({
              field: `${at}.oscal.${x.field.replace(/^\$\.?/, "")}`,
              message: x.message,
            }))
          : [{ field: `${at}.oscal`, message: err.message }]),
      );
      continue;
    }
    if (input.slug !== c.slug || input.version !== c.version) {
      issues.push({
        field: `${at}.oscal`,
        message: `describes ${input.slug} ${input.version}, not ${c.slug} ${c.version}`,
      });
      continue;
    }
    if (row)
      input = { ...input, version: `${c.version.slice(0, 34)}-restored-${randomBytes(3).toString("hex")}` };
    plans.set(`${c.slug}@${c.version}`, {
      kind: "import",
      input,
      digest: createHash("sha256").update(text).digest("hex"),
      shape: shapeOfInput(input),
    });
  }
  if (issues.length)
    throw new AppError(
      "validation_failed",
      `The backup's catalogues cannot be restored: ${issues[0].field}: ${issues[0].message}`,
      issues,
    );
  return plans;
}

/** Stores the re-imported catalogues in the restore's transaction; returns catalogue id by backup slug@version. */
export async function storePlannedCatalogues(
  tx: Prisma.TransactionClient,
  plans: Map<string, CataloguePlan>,
  workspaceId: string,
) {
  const ids = new Map<string, string>();
  for (const [ref, plan] of plans) {
    ids.set(
      ref,
      plan.kind === "existing"
        ? plan.id
        : await insertCatalogueVersion(tx, plan.input, plan.digest, workspaceId),
    );
  }
  return ids;
}
