import "server-only";
import { db, pgPool, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { idSchema } from "../../schemas/framework";
import { scaleSchema } from "../../schemas/catalogue";
import { sectionColumns } from "./columns";

type CatalogueShape = {
  slug: string;
  version: string;
  title: string;
  scale: unknown;
  sections: Array<{ key: string; title: string; criteria: Array<{ key: string; title: string }> }>;
};

// Published catalogue versions never change (a database trigger enforces it), so their shape
// is cached per process: a score save then needs no catalogue queries at all.
const catalogueShapes = new Map<string, Promise<CatalogueShape>>();

function catalogueShape(catalogueId: string, tx: Prisma.TransactionClient): Promise<CatalogueShape> {
  let shape = catalogueShapes.get(catalogueId);
  if (!shape) {
    shape = tx.catalogue.findUniqueOrThrow({
      where: { id: catalogueId, status: "published" },
      select: {
        slug: true,
        version: true,
        title: true,
        scale: true,
        sections: {
          orderBy: { position: "asc" },
          select: {
            key: true,
            title: true,
            criteria: { orderBy: { position: "asc" }, select: { key: true, title: true } },
          },
        },
      },
    });
    catalogueShapes.set(catalogueId, shape);
    shape.catch(() => catalogueShapes.delete(catalogueId));
  }
  return shape;
}

/**
 * An evaluation of `workspaceId` with what every scoring rule needs: the pinned catalogue's
 * scale, sections and criterion keys, and each section's scope, assignees and submissions.
 * The workspace id is in the query, so another tenant's id finds nothing (404).
 */
export async function loadEvaluation(
  workspaceId: string,
  evaluationId: unknown,
  tx: Prisma.TransactionClient = db(),
) {
  const id = idSchema.safeParse(evaluationId);
  if (!id.success) throw notFound("Evaluation");
  const ev = await tx.evaluation.findFirst({
    where: { id: id.data, workspaceId },
    select: {
      id: true,
      status: true,
      createdAt: true,
      finalizedAt: true,
      version: true,
      previousEvaluationId: true,
      catalogueId: true,
      framework: { select: { id: true, name: true, vendor: true, productVersion: true } },
      sections: { select: sectionColumns },
    },
  });
  if (!ev) throw notFound("Evaluation");
  return withCatalogue(ev, tx);
}

/** What one evaluation row carries before its (cached, immutable) catalogue is joined in. */
export interface EvaluationRow {
  id: string;
  status: "draft" | "in_review" | "final";
  createdAt: Date;
  finalizedAt: Date | null;
  /** The API's ETag (read by loadEvaluation; the comparison's loader leaves it out). */
  version?: number;
  previousEvaluationId: string | null;
  catalogueId: string;
  framework: { id: string; name: string; vendor: string; productVersion: string };
  sections: SectionRow[];
}

/** An evaluation row with its catalogue's scale, sections and criteria (loadEvaluation's shape). */
export async function withCatalogue(ev: EvaluationRow, tx: Prisma.TransactionClient = db()) {
  const { catalogue, scale, maxValue, sections } = await catalogueSections(ev.catalogueId, ev.sections, tx);
  return { ...ev, catalogue, scale, maxValue, sections };
}
export type LoadedEvaluation = Awaited<ReturnType<typeof withCatalogue>>;

type SectionRow = {
  sectionKey: string;
  inScope: boolean;
  outOfScopeReason: string | null;
  assigneeIds: string[];
  submittedByIds: string[];
};

/** The pinned catalogue's sections, each with this evaluation's scope, assignees and submissions. */
async function catalogueSections(
  catalogueId: string,
  rows: SectionRow[],
  tx: Prisma.TransactionClient = db(),
) {
  const catalogue = await catalogueShape(catalogueId, tx);
  const scale = scaleSchema.parse(catalogue.scale);
  const state = new Map(rows.map((s) => [s.sectionKey, s]));
  const sections = catalogue.sections.map((s) => {
    const st = state.get(s.key);
    return {
      key: s.key,
      title: s.title,
      criteria: s.criteria,
      inScope: st?.inScope ?? false,
      outOfScopeReason: st?.outOfScopeReason ?? null,
      assigneeIds: st?.assigneeIds ?? [],
      submittedByIds: st?.submittedByIds ?? [],
    };
  });
  return {
    catalogue: { slug: catalogue.slug, version: catalogue.version, title: catalogue.title },
    scale,
    maxValue: scale.levels[scale.levels.length - 1].value,
    sections,
  };
}

// What the scoring rules need, in one plain query (the score save's hot path): no framework,
// and the catalogue's shape comes from the per-process cache.
export const SCORING_STATE_SQL = `SELECT e."id", e."status", e."catalogueId",
    COALESCE((SELECT json_agg(json_build_object('sectionKey', s."sectionKey", 'inScope', s."inScope", 'outOfScopeReason', s."outOfScopeReason",
      'assigneeIds', COALESCE(s."assigneeIds", '{}'), 'submittedByIds', COALESCE(s."submittedByIds", '{}'))) FROM "EvaluationSection" s WHERE s."evaluationId" = e."id"), '[]') AS "sections"
  FROM "Evaluation" e WHERE e."id" = $1 AND e."workspaceId" = $2`;

/** loadEvaluation's scoring part in one round trip (and none for the catalogue once cached). */
export async function loadScoringState(workspaceId: string, evaluationId: unknown) {
  const id = idSchema.safeParse(evaluationId);
  if (!id.success) throw notFound("Evaluation");
  const ev = (
    await pgPool().query<{ id: string; status: string; catalogueId: string; sections: SectionRow[] }>(
      SCORING_STATE_SQL,
      [id.data, workspaceId],
    )
  ).rows[0];
  if (!ev) throw notFound("Evaluation");
  const { scale, maxValue, sections } = await catalogueSections(ev.catalogueId, ev.sections);
  return { id: ev.id, status: ev.status, scale, maxValue, sections };
}
export type ScoringState = Awaited<ReturnType<typeof loadScoringState>>;
type SectionState = LoadedEvaluation["sections"][number];

export function sectionOf(ev: { sections: SectionState[] }, criterionKey: string) {
  const section = ev.sections.find((s) => s.criteria.some((c) => c.key === criterionKey));
  if (!section)
    throw new AppError("not_found", `Criterion ${criterionKey} is not in this evaluation's catalogue.`, [
      { field: "criterionKey", message: "unknown criterion" },
    ]);
  return section;
}

/** Reviewers (role reviewer or above) may score an in-scope section unless assignments narrow it. */
export const mayScore = (section: SectionState, userId: string) =>
  section.inScope && (section.assigneeIds.length === 0 || section.assigneeIds.includes(userId));

export function assertEditable(ev: { status: string }) {
  if (ev.status === "final")
    throw new AppError(
      "conflict",
      "This evaluation is final and read-only. An owner or admin can reopen it.",
    );
}
