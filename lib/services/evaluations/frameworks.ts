import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { frameworkInputSchema, frameworkUpdateSchema, idSchema } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import type { InTransaction } from "../in-transaction";
import { frameworkColumns } from "./columns";

const columns = { ...frameworkColumns, updatedAt: true, version: true } as const;
const listSelect = { ...columns, _count: { select: { evaluations: true } } } as const;
const archivedFilter = (raw: unknown) =>
  parseInput(z.object({ archived: z.coerce.boolean().default(false) }), raw).archived
    ? {}
    : { archivedAt: null };

export async function listFrameworks(actor: Actor | null, slug: string, raw: unknown = {}) {
  const { workspace } = await authorize(actor, slug, "frameworks.read");
  return db().framework.findMany({
    where: { workspaceId: workspace.id, ...archivedFilter(raw) },
    orderBy: [{ vendor: "asc" }, { name: "asc" }, { productVersion: "desc" }],
    select: listSelect,
  });
}

/** The API's list: newest first, one page at a time (lib/http/pagination.ts). */
export async function listFrameworksPage(actor: Actor | null, slug: string, raw: unknown, page: PageArgs) {
  const { workspace } = await authorize(actor, slug, "frameworks.read");
  const { where, ...window } = pageWindow(page);
  const rows = await db().framework.findMany({
    where: { workspaceId: workspace.id, ...archivedFilter(raw), ...where },
    ...window,
    select: listSelect,
  });
  return pageOf(rows, page);
}

export async function getFramework(actor: Actor | null, slug: string, id: string) {
  const { workspace } = await authorize(actor, slug, "frameworks.read");
  const row = await db().framework.findFirst({
    where: { id: parseInput(idSchema, id), workspaceId: workspace.id },
    select: columns,
  });
  if (!row) throw notFound("Framework");
  return row;
}

type FrameworkRow = Awaited<ReturnType<typeof getFramework>>;

export async function createFramework(
  actor: Actor | null,
  slug: string,
  raw: unknown,
  within?: InTransaction<FrameworkRow>,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "frameworks.write");
  const input = parseInput(frameworkInputSchema, raw);
  return db().$transaction(async (tx) => {
    const row = await tx.framework.create({ data: { ...input, workspaceId: workspace.id }, select: columns });
    await recordAudit(tx, {
      action: "framework.created",
      actor: me,
      workspaceId: workspace.id,
      targetType: "framework",
      targetId: row.id,
      after: input,
    });
    await within?.(tx, row);
    return row;
  });
}

/**
 * `ifMatch`: the version the caller last saw (the API's If-Match); a stale one is a 409
 * carrying the current framework, like a stale score save, and changes nothing.
 */
export async function updateFramework(
  actor: Actor | null,
  slug: string,
  id: string,
  raw: unknown,
  ifMatch?: number,
) {
  const { workspace, actor: me } = await authorize(actor, slug, "frameworks.write");
  const input = parseInput(frameworkUpdateSchema, raw);
  const frameworkId = parseInput(idSchema, id);
  return db().$transaction(async (tx) => {
    const before = await tx.framework.findFirst({
      where: { id: frameworkId, workspaceId: workspace.id },
      select: columns,
    });
    if (!before) throw notFound("Framework");
    // The version in the where clause makes check and write one statement: a concurrent
    // change between the read above and here bumps it, and this update then matches nothing.
    const { count } = await tx.framework.updateMany({
      where: { id: before.id, ...(ifMatch === undefined ? {} : { version: ifMatch }) },
      data: { ...input, version: { increment: 1 } },
    });
    if (!count)
      throw new AppError("conflict", "This framework changed since you loaded it.", [], {
        current: await tx.framework.findUnique({ where: { id: before.id }, select: columns }),
      });
    const after = await tx.framework.findUniqueOrThrow({ where: { id: before.id }, select: columns });
    await recordAudit(tx, {
      action: "framework.updated",
      actor: me,
      workspaceId: workspace.id,
      targetType: "framework",
      targetId: before.id,
      before,
      after: input,
    });
    return after;
  });
}

/** Archived frameworks leave the default list; their evaluations stay intact. */
export async function setFrameworkArchived(actor: Actor | null, slug: string, id: string, archived: boolean) {
  const { workspace, actor: me } = await authorize(actor, slug, "frameworks.write");
  const frameworkId = parseInput(idSchema, id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.framework.updateMany({
      where: { id: frameworkId, workspaceId: workspace.id },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    if (!count) throw notFound("Framework");
    await recordAudit(tx, {
      action: archived ? "framework.archived" : "framework.restored",
      actor: me,
      workspaceId: workspace.id,
      targetType: "framework",
      targetId: frameworkId,
    });
  });
}
