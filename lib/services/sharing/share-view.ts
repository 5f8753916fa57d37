import "server-only";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import { sha256 } from "../../auth/secrets";
import type { CrosswalkSnapshot } from "../../compare/crosswalk-view";
import type { ComparisonData } from "../../compare/types";
import { db, type Prisma } from "../../db";

/*
 * The anonymous side of a share link: whoever holds the token sees the frozen snapshot, with no
 * session and no workspace; the token (its SHA-256) is the only key. The lifecycle (create,
 * list, revoke) lives in share-links.ts.
 */

const HOUR_MS = 3_600_000;
/** randomToken(32): 32 bytes (256 bits) as unpadded base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type ShareLinkState = "active" | "expired" | "revoked";
export type PeekResult = "ok" | "gone" | "unknown";
/**
 * What a share link's public page renders: the frozen comparison, the crosswalk when the
 * Regulations tab was shown as it was shared (TODO at merge: the share PDF passes it on), and
 * the link's facts.
 */
export type SharedComparison = ComparisonData & {
  crosswalk?: CrosswalkSnapshot;
  title: string;
  createdAt: Date;
  expiresAt: Date;
};

export const stateOf = (l: { revokedAt: Date | null; expiresAt: Date }, now = new Date()): ShareLinkState =>
  l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active";

const hashOf = (token: unknown) =>
  typeof token === "string" && TOKEN_SHAPE.test(token) ? sha256(token) : null;

/** Whether a token leads anywhere, without counting a view: lets the route answer 404 or 410. */
export async function peekShareLink(token: string): Promise<PeekResult> {
  const tokenHash = hashOf(token);
  if (!tokenHash) return "unknown";
  const link = await db().shareLink.findUnique({
    where: { tokenHash },
    select: { revokedAt: true, expiresAt: true },
  });
  if (!link) return "unknown";
  return stateOf(link) === "active" ? "ok" : "gone";
}

/**
 * Anonymous views are counted on every request but audited once per link per hour, so a flood
 * of views grows viewCount, not the audit log. The conditional update is atomic: of concurrent
 * views, one gets the row back and writes the event, with the views since the last audited one.
 */
async function auditViewHourly(
  tx: Prisma.TransactionClient,
  link: { id: string; workspaceId: string },
  meta: RequestMeta,
  now: Date,
) {
  const due = await tx.$queryRaw<Array<{ viewCount: number }>>`
    UPDATE "ShareLink" SET "viewAuditedAt" = ${now}
    WHERE "id" = ${link.id}::uuid AND ("viewAuditedAt" IS NULL OR "viewAuditedAt" <= ${new Date(now.getTime() - HOUR_MS)})
    RETURNING "viewCount"`;
  if (!due.length) return;
  const last = await tx.auditEvent.findFirst({
    where: {
      workspaceId: link.workspaceId,
      action: "share.viewed",
      targetType: "share_link",
      targetId: link.id,
    },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  const viewCount = Number(due[0].viewCount);
  const before = Number((last?.after as { viewCount?: unknown } | null)?.viewCount) || 0;
  await recordAudit(tx, {
    action: "share.viewed",
    actor: null,
    meta,
    workspaceId: link.workspaceId,
    targetType: "share_link",
    targetId: link.id,
    after: { viewCount, viewsSinceLastAudit: viewCount - before },
  });
}

/**
 * The frozen comparison behind a valid link, counted as one view (audited hourly, above); null once
 * unknown, revoked or expired. Read from the database on every request, never cached, so a
 * revocation applies to the very next request.
 */
export async function openShareLink(token: string, meta: RequestMeta): Promise<SharedComparison | null> {
  const tokenHash = hashOf(token);
  if (!tokenHash) return null;
  return db().$transaction(async (tx) => {
    const now = new Date();
    const link = await tx.shareLink.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        workspaceId: true,
        title: true,
        snapshot: true,
        createdAt: true,
        expiresAt: true,
        revokedAt: true,
      },
    });
    if (!link || stateOf(link, now) !== "active") return null;
    // Conditional on the state again: a revocation committed since the read wins.
    const { count } = await tx.shareLink.updateMany({
      where: { id: link.id, revokedAt: null, expiresAt: { gt: now } },
      data: { viewCount: { increment: 1 }, lastViewedAt: now },
    });
    if (!count) return null;
    await auditViewHourly(tx, link, meta, now);
    return {
      ...(link.snapshot as unknown as ComparisonData & { crosswalk?: CrosswalkSnapshot }),
      title: link.title,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
    };
  });
}
