import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor, RequestMeta } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { sha256 } from "../auth/secrets";
import type { ComparisonData } from "../compare/types";
import { vendorLabel } from "../compare/vendor-input";
import { db } from "../db";
import { AppError, notFound } from "../errors/app-error";
import { renderReport } from "../pdf/document";
import { safeFileName } from "../pdf/format";
import { buildReportModel, type AgreementFacts, type ReportKind } from "../pdf/model";
import { appVersion } from "../pdf/version";
import { comparisonQuerySchema } from "../schemas/comparison";
import { countInWindow } from "../rate-limit/limiter";
import { parseInput } from "../schemas/parse";
import { EQUAL_WEIGHTS_PROFILE, type WeightProfile } from "../scoring";
import { loadComparison } from "./comparisons";
import { evaluationSummary } from "./evaluation-summary";

export interface Report { pdf: Buffer; fileName: string }

const profileSchema = z.object({ profile: z.string().trim().max(80).optional() });
const idSchema = z.uuid();

/** The chosen profile among the data's own (presets, the workspace's, or a snapshot's one). */
function pickProfile(data: ComparisonData, ref: string | undefined, lenient: boolean): WeightProfile {
  const found = ref ? data.profiles.find((p) => p.id === ref) : undefined;
  if (found) return found;
  if (ref && !lenient) throw new AppError("validation_failed", `Unknown weight profile "${ref}".`, [{ field: "profile", message: "unknown profile" }]);
  // As the compare page does when the address names no (or an unavailable) profile.
  return data.profiles.find((p) => p.id === "equal") ?? data.profiles[0] ?? EQUAL_WEIGHTS_PROFILE;
}

async function render(kind: ReportKind, data: ComparisonData, profile: WeightProfile, title: string, workspaceName: string, agreement?: Record<string, AgreementFacts>) {
  const model = buildReportModel({ kind, data, profile, title, workspaceName, generatedAt: new Date(), appVersion: appVersion(), agreement });
  return renderReport(model);
}

const auditFacts = (data: ComparisonData, profile: WeightProfile, pdf: Buffer) =>
  ({ evaluationIds: data.vendors.map((v) => v.evaluationId), profile: profile.id, bytes: pdf.length });

/**
 * The PDF report of one evaluation, as the caller may see it (blind rule applied by
 * loadComparison), with agreement figures from evaluationSummary so they match the overview.
 */
export async function evaluationReport(actor: Actor | null, slug: string, evaluationId: string, raw: unknown = {}): Promise<Report> {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const { profile: ref } = parseInput(profileSchema, raw);
  if (!idSchema.safeParse(evaluationId).success) throw notFound("Evaluation");
  const data = await loadComparison(actor, slug, [evaluationId]);
  const summary = await evaluationSummary(actor, slug, evaluationId, { profile: ref });
  const profile = pickProfile(data, summary.profile.id, false);
  const agreement = {
    [evaluationId]: {
      alpha: summary.alpha, alphaLabel: summary.alphaLabel,
      sections: Object.fromEntries(summary.sections.map((x) => [x.key, { alpha: x.alpha, alphaLabel: x.alphaLabel, disagreements: x.disagreements }])),
    },
  };
  const v = data.vendors[0];
  const title = `${v.framework.vendor} ${vendorLabel(v)}`.trim();
  const pdf = await render("evaluation", data, profile, title, workspace.name, agreement);
  await db().$transaction((tx) => recordAudit(tx, { action: "report.generated", actor, workspaceId: workspace.id, targetType: "evaluation", targetId: evaluationId, after: { kind: "evaluation", ...auditFacts(data, profile, pdf) } }));
  return { pdf, fileName: safeFileName(["report", v.framework.name, v.framework.productVersion], "evaluation-report") };
}

/** The PDF report of a comparison: `evaluations=a,b,c&profile=…`, as GET /api/v1/comparisons. */
export async function comparisonReport(actor: Actor | null, slug: string, raw: unknown): Promise<Report> {
  const { workspace } = await authorize(actor, slug, "evaluations.read");
  const query = parseInput(comparisonQuerySchema, raw);
  const data = await loadComparison(actor, slug, query.evaluations);
  const profile = pickProfile(data, query.profile, false);
  const title = data.vendors.map(vendorLabel).join(" vs ");
  const pdf = await render("comparison", data, profile, title, workspace.name);
  await db().$transaction((tx) => recordAudit(tx, { action: "report.generated", actor, workspaceId: workspace.id, targetType: "comparison", after: { kind: "comparison", ...auditFacts(data, profile, pdf) } }));
  return { pdf, fileName: safeFileName(["comparison", ...data.vendors.map((v) => v.framework.name)], "comparison-report") };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const activeWhere = (now: Date) => ({ revokedAt: null, expiresAt: { gt: now } });

/**
 * The PDF of a share link's frozen snapshot: nothing but the snapshot is read, so the report
 * shows exactly what the shared page shows (blind rule and hidden names as frozen). The link
 * is checked on every request; a download is audited as "report.generated" but, unlike
 * opening the page, not counted as a view (the viewer already opened the page to get here).
 * `profile` is the shared page's profile from its address; an unknown one falls back like the
 * page does. Returns null when the link is unknown, revoked or expired.
 */
export async function sharedReport(token: string, meta: RequestMeta, raw: unknown = {}): Promise<Report | null> {
  const { profile: ref } = parseInput(profileSchema, raw);
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const now = new Date();
  const link = await db().shareLink.findFirst({ where: { tokenHash: sha256(token), ...activeWhere(now) }, select: { id: true, workspaceId: true, title: true, snapshot: true, workspace: { select: { name: true } } } });
  if (!link) return null;
  const data = link.snapshot as unknown as ComparisonData;
  const profile = pickProfile(data, ref, true);
  const pdf = await render("share", data, profile, link.title, link.workspace.name);
  // Re-checked with the audit: a revocation committed while rendering wins.
  const ok = await db().$transaction(async (tx) => {
    const still = await tx.shareLink.count({ where: { id: link.id, ...activeWhere(new Date()) } });
    if (!still) return false;
    // Anonymous downloads are audited once per link per hour and counted in between (hourly
    // RateLimitWindow rows), so a flood of them cannot grow the audit log without bound.
    const downloads = await countInWindow(tx, `share-pdf-audit:${link.id}`, 3600);
    if (downloads === 1) await recordAudit(tx, { action: "report.generated", actor: null, meta, workspaceId: link.workspaceId, targetType: "share_link", targetId: link.id, after: { kind: "share", ...auditFacts(data, profile, pdf) } });
    return true;
  });
  return ok ? { pdf, fileName: safeFileName(["shared", ...data.vendors.map((v) => v.framework.name)], "shared-report") } : null;
}
