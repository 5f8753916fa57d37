import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { notFound } from "../../errors/app-error";
import { frameworkInputSchema, frameworkUpdateSchema, idSchema } from "../../schemas/framework";
import { parseInput } from "../../schemas/parse";
import { frameworkColumns } from "./columns";

const columns = { ...frameworkColumns, updatedAt: true } as const;

export async function listFrameworks(actor: Actor | null, slug: string, raw: unknown = {}) {
  const { workspace } = await authorize(actor, slug, "frameworks.read");
  const { archived } = parseInput(z.object({ archived: z.coerce.boolean().default(false) }), raw);
  return db().framework.findMany({
    where: { workspaceId: workspace.id, ...(archived ? {} : { archivedAt: null }) },
    orderBy: [{ vendor: "asc" }, { name: "asc" }, { productVersion: "desc" }],
    select: { ...columns, _count: { select: { evaluations: true } } },
  });
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

export async function createFramework(actor: Actor | null, slug: string, raw: unknown) {
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
    return row;
  });
}

export async function updateFramework(actor: Actor | null, slug: string, id: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "frameworks.write");
  const input = parseInput(frameworkUpdateSchema, raw);
  const frameworkId = parseInput(idSchema, id);
  return db().$transaction(async (tx) => {
    const before = await tx.framework.findFirst({
      where: { id: frameworkId, workspaceId: workspace.id },
      select: columns,
    });
    if (!before) throw notFound("Framework");
    const after = await tx.framework.update({ where: { id: before.id }, data: input, select: columns });
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
      data: { archivedAt: archived ? new Date() : null },
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
