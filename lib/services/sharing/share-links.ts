import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor, RequestMeta } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { randomToken, sha256 } from "../../auth/secrets";
import type { ComparisonData } from "../../compare/types";
import { db, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { publicUrl } from "../../http/public-url";
import { idSchema } from "../../schemas/framework";
import { shareLinkInputSchema } from "../../schemas/comparison";
import { parseInput } from "../../schemas/parse";
import { EQUAL_WEIGHTS_PROFILE } from "../../scoring/index";
import { loadComparison } from "../comparisons/comparisons";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** randomToken(32): 32 bytes (256 bits) as unpadded base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type ShareLinkState = "active" | "expired" | "revoked";
export type PeekResult = "ok" | "gone" | "unknown";
/** What a share link's public page renders: the frozen comparison and the link's facts. */
export type SharedComparison = ComparisonData & { title: string; createdAt: Date; expiresAt: Date };

const stateOf = (l: { revokedAt: Date | null; expiresAt: Date }, now = new Date()): ShareLinkState =>
  l.revokedAt ? "revoked" : l.expiresAt <= now ? "expired" : "active";

/**
 * Freezes the creator's view of a comparison (blind rule already applied) behind an unguessable
 * token. The token is returned once; only its SHA-256 is stored, and it never enters the audit.
 */
export async function createShareLink(actor: Actor | null, slug: string, raw: unknown) {
  const { workspace, actor: me } = await authorize(actor, slug, "shares.manage");
  const input = parseInput(shareLinkInputSchema, raw);
  const evaluationIds = [...new Set(input.evaluationIds)];
  const snapshot = await comparisonFor(me, slug, evaluationIds);
  // Only the profile the link shows is frozen into it: the chosen one, else equal weights (what
  // the shared page and its PDF fall back to). The workspace's other profiles stay private.
  const profile = input.profileId
    ? snapshot.profiles.find((p) => p.id === input.profileId)
    : (snapshot.profiles.find((p) => p.id === EQUAL_WEIGHTS_PROFILE.id) ?? EQUAL_WEIGHTS_PROFILE);
  if (!profile)
    throw new AppError("validation_failed", "profileId: unknown weight profile", [
      { field: "profileId", message: "unknown weight profile" },
    ]);
  snapshot.profiles = [profile];
  if (input.hideReviewers) anonymiseReviewers(snapshot);
  const token = randomToken(32);
  const title = input.title || defaultTitle(snapshot).slice(0, 300);
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  return db().$transaction(async (tx) => {
    const row = await tx.shareLink.create({
      data: {
        workspaceId: workspace.id,
        tokenHash: sha256(token),
        title,
        snapshot: snapshot as object,
        evaluationIds,
        profileId: input.profileId ?? "",
        hideReviewers: input.hideReviewers,
        createdById: me.userId,
        expiresAt,
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      action: "share.created",
      actor: me,
      workspaceId: workspace.id,
      targetType: "share_link",
      targetId: row.id,
      after: {
        title,
        evaluationIds,
        profileId: input.profileId ?? null,
        hideReviewers: input.hideReviewers,
        expiresAt,
      },
    });
    const path = `/s/${token}`;
    return { id: row.id, token, path, url: publicUrl(path), expiresAt: row.expiresAt };
  });
}

/** loadComparison names its list "evaluations"; here the field is "evaluationIds". */
async function comparisonFor(actor: Actor | null, slug: string, ids: string[]) {
  try {
    return await loadComparison(actor, slug, ids);
  } catch (err) {
    if (err instanceof AppError && err.code === "validation_failed") {
      throw new AppError(
        err.code,
        err.message,
        err.issues.map((i) => (i.field === "evaluations" ? { ...i, field: "evaluationIds" } : i)),
        err.details,
      );
    }
    throw err;
  }
}

const defaultTitle = (data: ComparisonData) =>
  data.vendors.map((v) => `${v.framework.name} ${v.framework.productVersion}`.trim()).join(" vs ");

/** "Reviewer 1", "Reviewer 2"… numbered per evaluation, in catalogue order of first review. */
function anonymiseReviewers(data: ComparisonData) {
  const criterionOrder = data.sections.flatMap((s) => s.criteria.map((c) => c.key));
  for (const vendor of data.vendors) {
    const alias = new Map<string, string>();
    for (const key of criterionOrder) {
      for (const review of vendor.cells[key]?.reviews ?? []) {
        if (!alias.has(review.reviewer)) alias.set(review.reviewer, `Reviewer ${alias.size + 1}`);
        review.reviewer = alias.get(review.reviewer)!;
      }
    }
  }
  data.hideReviewers = true;
}

export async function listShareLinks(actor: Actor | null, slug: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "shares.read");
  const rows = await db().shareLink.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      createdById: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      viewCount: true,
      lastViewedAt: true,
      hideReviewers: true,
      evaluationIds: true,
    },
  });
  const users = await db().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const now = new Date();
  return rows.map(({ createdById, ...r }) => {
    const state = stateOf(r, now);
    return {
      ...r,
      state,
      creator: { name: byId.get(createdById)?.name ?? "", email: byId.get(createdById)?.email ?? "" },
      canRevoke: state !== "revoked" && mayRevoke(role, createdById, me),
    };
  });
}

const mayRevoke = (role: string, createdById: string, actor: Actor) =>
  role === "owner" || role === "admin" || (role === "reviewer" && createdById === actor.userId);

/** The link's creator or an owner/admin; takes effect on the link's next request. */
export async function revokeShareLink(actor: Actor | null, slug: string, id: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "shares.manage");
  const linkId = idSchema.safeParse(id);
  if (!linkId.success) throw notFound("Share link");
  return db().$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({
      where: { id: linkId.data, workspaceId: workspace.id },
      select: { id: true, title: true, createdById: true, revokedAt: true },
    });
    if (!link) throw notFound("Share link");
    if (!mayRevoke(role, link.createdById, me))
      throw new AppError("forbidden", "Only the link's creator or an owner/admin can revoke it.");
    if (link.revokedAt) return { id: link.id, revokedAt: link.revokedAt };
    const revokedAt = new Date();
    await tx.shareLink.updateMany({ where: { id: link.id, workspaceId: workspace.id }, data: { revokedAt } });
    await recordAudit(tx, {
      action: "share.revoked",
      actor: me,
      workspaceId: workspace.id,
      targetType: "share_link",
      targetId: link.id,
      before: { title: link.title },
    });
    return { id: link.id, revokedAt };
  });
}

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
      ...(link.snapshot as unknown as ComparisonData),
      title: link.title,
      createdAt: link.createdAt,
      expiresAt: link.expiresAt,
    };
  });
}
