import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db, type Prisma } from "../../db";
import { opaqueCursor, readCursor, type PageArgs } from "../../http/pagination";
import { parseInput } from "../../schemas/parse";
import { auditRedactor } from "./audit-redaction";

export const auditFilterSchema = z.object({
  action: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z_.]*$/, "letters, dots and underscores")
    .optional(),
  actor: z.string().trim().max(320).optional(),
  targetType: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z_]*$/, "lowercase letters and underscores")
    .optional(),
  targetId: z.string().trim().max(200).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  before: z.coerce.bigint().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** Text matched literally by LIKE (Prisma's contains/startsWith): `%`, `_` and `\` are escaped, not wildcards. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A workspace's events: its own, plus sign-in events of its current members (which belong to
 * no workspace). Never another tenant's.
 */
async function whereFor(
  workspaceId: string,
  f: z.infer<typeof auditFilterSchema>,
): Promise<Prisma.AuditEventWhereInput> {
  const emails = (
    await db().membership.findMany({ where: { workspaceId }, select: { user: { select: { email: true } } } })
  ).map((m) => m.user.email);
  return {
    AND: [
      {
        OR: [
          { workspaceId },
          { workspaceId: null, action: { startsWith: "auth." }, actorEmail: { in: emails } },
        ],
      },
      f.action ? { action: { startsWith: likeLiteral(f.action) } } : {},
      f.actor ? { actorEmail: { contains: likeLiteral(f.actor.toLowerCase()) } } : {},
      f.targetType ? { targetType: f.targetType } : {},
      f.targetId ? { targetId: f.targetId } : {},
      f.from ? { at: { gte: new Date(`${f.from}T00:00:00Z`) } } : {},
      f.to ? { at: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } } : {},
      f.before ? { id: { lt: f.before } } : {},
    ],
  };
}

const columns = {
  id: true,
  at: true,
  actorEmail: true,
  action: true,
  targetType: true,
  targetId: true,
  ip: true,
  userAgent: true,
  before: true,
  after: true,
  hash: true,
} as const;

/** Score values are withheld by the blind rule (audit-redaction.ts): `redacted` says when. */
export async function listAuditEvents(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "audit.read");
  const f = parseInput(auditFilterSchema, raw);
  const rows = await db().auditEvent.findMany({
    where: await whereFor(workspace.id, f),
    orderBy: { id: "desc" },
    take: f.limit + 1,
    select: columns,
  });
  const redact = auditRedactor({ workspaceId: workspace.id, userId: me.userId, role });
  const page = await Promise.all(
    rows.slice(0, f.limit).map(async (r) => ({ ...(await redact(r)), id: String(r.id) })),
  );
  return { events: page, nextBefore: rows.length > f.limit ? page[page.length - 1].id : null };
}

/** JSON lines, oldest first, streamed in pages of 1,000; redacted as listAuditEvents. */
export async function* exportAuditEvents(
  actor: Actor | null,
  slug: string,
  raw: unknown,
): AsyncGenerator<string> {
  const { workspace, role, actor: me } = await authorize(actor, slug, "audit.read");
  const redact = auditRedactor({ workspaceId: workspace.id, userId: me.userId, role });
  const f = parseInput(auditFilterSchema.omit({ before: true, limit: true }), raw);
  const where = await whereFor(workspace.id, { ...f, limit: 1 });
  let after: bigint | undefined;
  for (;;) {
    const rows = await db().auditEvent.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: 1000,
      select: columns,
    });
    if (!rows.length) return;
    for (const r of rows) yield `${JSON.stringify({ ...(await redact(r)), id: String(r.id) })}\n`;
    after = rows[rows.length - 1].id;
  }
}

/**
 * The API's list: the same events and redaction as listAuditEvents, newest first, with the
 * position as an opaque cursor (lib/http/pagination.ts), like the other /api/v1 lists. Events
 * are ordered by their id (a sequence), so the cursor is the last id shown.
 */
export async function listAuditEventsPage(actor: Actor | null, slug: string, raw: object, page: PageArgs) {
  const before = page.cursor
    ? readCursor(page.cursor, z.object({ e: z.string().regex(/^[1-9]\d{0,18}$/) })).e
    : undefined;
  const { events, nextBefore } = await listAuditEvents(actor, slug, { ...raw, before, limit: page.limit });
  return {
    events,
    nextCursor: nextBefore ? opaqueCursor({ e: nextBefore }) : null,
  };
}
