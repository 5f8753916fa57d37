import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { randomToken, sha256 } from "../../auth/secrets";
import { crosswalkSnapshot } from "../../compare/crosswalk-view";
import type { ComparisonData } from "../../compare/types";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { pageOf, pageWindow, type PageArgs } from "../../http/pagination";
import { publicUrl } from "../../http/public-url";
import { idSchema } from "../../schemas/framework";
import { shareLinkInputSchema } from "../../schemas/comparison";
import { parseInput } from "../../schemas/parse";
import { EQUAL_WEIGHTS_PROFILE } from "../../scoring/index";
import { loadComparison } from "../comparisons/comparisons";
import { crosswalksFrom, READINESS_DISCLAIMER } from "../evaluations/readiness";
import { stateOf } from "./share-view";

// The routes and pages of a share link import everything about links from here.
export { openShareLink, peekShareLink, type PeekResult, type SharedComparison } from "./share-view";

const DAY_MS = 86_400_000;

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
  const crosswalk = input.crosswalk ? await crosswalkFor(workspace.id, snapshot, input.crosswalk) : undefined;
  const token = randomToken(32);
  const title = input.title || defaultTitle(snapshot).slice(0, 300);
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  return db().$transaction(async (tx) => {
    const row = await tx.shareLink.create({
      data: {
        workspaceId: workspace.id,
        tokenHash: sha256(token),
        title,
        // Only a Regulations tab shown when sharing adds a `crosswalk`; otherwise none is stored.
        snapshot: (crosswalk ? { ...snapshot, crosswalk } : snapshot) as object,
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
        crosswalk: input.crosswalk ?? null,
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

/**
 * The Regulations tab frozen with the snapshot: projected from the snapshot itself, that is
 * from what the sharer may see (blind sections count as unscored), like the rest of it.
 */
async function crosswalkFor(workspaceId: string, data: ComparisonData, target: string) {
  const set = (await crosswalksFrom(workspaceId, data.catalogue)).find((s) => s.target.slug === target);
  if (!set)
    throw new AppError(
      "validation_failed",
      `crosswalk: no crosswalk from ${data.catalogue.title} to "${target}".`,
      [{ field: "crosswalk", message: "unknown target catalogue" }],
    );
  return crosswalkSnapshot(data, set, READINESS_DISCLAIMER);
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

const LIST_SELECT = {
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
} as const;

export async function listShareLinks(actor: Actor | null, slug: string) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "shares.read");
  const rows = await db().shareLink.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    select: LIST_SELECT,
  });
  return withCreators(rows, role, me);
}

/** The API's list: newest first, one page at a time (lib/http/pagination.ts). */
export async function listShareLinksPage(actor: Actor | null, slug: string, page: PageArgs) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "shares.read");
  const { where, ...window } = pageWindow(page);
  const rows = await db().shareLink.findMany({
    where: { workspaceId: workspace.id, ...where },
    ...window,
    select: LIST_SELECT,
  });
  const { items, nextCursor } = pageOf(rows, page);
  return { items: await withCreators(items, role, me), nextCursor };
}

type LinkRow = { createdById: string; expiresAt: Date; revokedAt: Date | null };

/** Each link's state, creator and whether the reader may revoke it. */
async function withCreators<R extends LinkRow>(rows: R[], role: string, me: Actor) {
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
