import "server-only";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { Actor, RequestMeta } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { sha256 } from "../../auth/secrets";
import type { ComparisonData } from "../../compare/types";
import { vendorLabel } from "../../compare/vendor-input";
import { db } from "../../db";
import { AppError, notFound } from "../../errors/app-error";
import { safeFileName } from "../../pdf/format";
import { buildReportModel, type ReportInput, type ReportKind } from "../../pdf/model";
import { appVersion } from "../../pdf/version";
import { comparisonQuerySchema } from "../../schemas/comparison";
import { parseInput } from "../../schemas/parse";
import { EQUAL_WEIGHTS_PROFILE, type WeightProfile } from "../../scoring/index";
import { runHeavy } from "../../workers/pool";
import type { CrosswalkSnapshot } from "../../compare/crosswalk-view";
import { comparisonCrosswalks } from "../comparisons/comparison-readiness";
import { loadComparison } from "../comparisons/comparisons";
import { evaluationReadiness } from "../evaluations/readiness";
import { evaluationSummary } from "../evaluations/evaluation-summary";

export interface Report {
  pdf: Buffer;
  fileName: string;
}

const profileSchema = z.object({ profile: z.string().trim().max(80).optional() });
const idSchema = z.uuid();

/** The chosen profile among the data's own (presets, the workspace's, or a snapshot's one). */
function pickProfile(data: ComparisonData, ref: string | undefined, lenient: boolean): WeightProfile {
  const found = ref ? data.profiles.find((p) => p.id === ref) : undefined;
  if (found) return found;
  if (ref && !lenient)
    throw new AppError("validation_failed", `Unknown weight profile "${ref}".`, [
      { field: "profile", message: "unknown profile" },
    ]);
  // As the compare page does when the address names no (or an unavailable) profile.
  return data.profiles.find((p) => p.id === "equal") ?? data.profiles[0] ?? EQUAL_WEIGHTS_PROFILE;
}

/** The model is built here (cheap); the drawing runs in the worker pool, off the request's thread. */
async function render(
  kind: ReportKind,
  data: ComparisonData,
  profile: WeightProfile,
  title: string,
  workspaceName: string | null,
  extra: Pick<ReportInput, "agreement" | "readiness" | "evaluationReadiness"> = {},
) {
  const model = buildReportModel({
    kind,
    data,
    profile,
    title,
    workspaceName,
    generatedAt: new Date(),
    appVersion: appVersion(),
    ...extra,
  });
  const bytes = await runHeavy("renderPdf", model);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const auditFacts = (data: ComparisonData, profile: WeightProfile, pdf: Buffer) => ({
  evaluationIds: data.vendors.map((v) => v.evaluationId),
  profile: profile.id,
  bytes: pdf.length,
});

/**
 * The PDF report of one evaluation, as the caller may see it (blind rule applied by
 * loadComparison), with agreement figures from evaluationSummary so they match the overview.
 */
export async function evaluationReport(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  raw: unknown = {},
): Promise<Report> {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.read");
  const { profile: ref } = parseInput(profileSchema, raw);
  if (!idSchema.safeParse(evaluationId).success) throw notFound("Evaluation");
  const data = await loadComparison(me, slug, [evaluationId]);
  const summary = await evaluationSummary(me, slug, evaluationId, { profile: ref });
  const profile = pickProfile(data, summary.profile.id, false);
  const agreement = {
    [evaluationId]: {
      alpha: summary.alpha,
      alphaLabel: summary.alphaLabel,
      sections: Object.fromEntries(
        summary.sections.map((x) => [
          x.key,
          { alpha: x.alpha, alphaLabel: x.alphaLabel, disagreements: x.disagreements },
        ]),
      ),
    },
  };
  const v = data.vendors[0];
  const title = `${v.framework.vendor} ${vendorLabel(v)}`.trim();
  // Readiness as the API gives it to this reader (blind sections count as unscored).
  const { crosswalks } = await evaluationReadiness(me, slug, evaluationId);
  const pdf = await render("evaluation", data, profile, title, workspace.name, {
    agreement,
    evaluationReadiness: crosswalks,
  });
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "report.generated",
      actor: me,
      workspaceId: workspace.id,
      targetType: "evaluation",
      targetId: evaluationId,
      after: { kind: "evaluation", ...auditFacts(data, profile, pdf) },
    }),
  );
  return {
    pdf,
    fileName: safeFileName(["report", v.framework.name, v.framework.productVersion], "evaluation-report"),
  };
}

/** The PDF report of a comparison: `evaluations=a,b,c&profile=…`, as GET /api/v1/comparisons. */
export async function comparisonReport(actor: Actor | null, slug: string, raw: unknown): Promise<Report> {
  const { workspace, actor: me } = await authorize(actor, slug, "evaluations.read");
  const query = parseInput(comparisonQuerySchema, raw);
  const data = await loadComparison(me, slug, query.evaluations);
  const profile = pickProfile(data, query.profile, false);
  const title = data.vendors.map(vendorLabel).join(" vs ");
  // Every crosswalk from the catalogue, projected from the same blind-filtered data.
  const readiness = await comparisonCrosswalks(workspace.id, data);
  const pdf = await render("comparison", data, profile, title, workspace.name, { readiness });
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "report.generated",
      actor: me,
      workspaceId: workspace.id,
      targetType: "comparison",
      after: { kind: "comparison", ...auditFacts(data, profile, pdf) },
    }),
  );
  return {
    pdf,
    fileName: safeFileName(["comparison", ...data.vendors.map((v) => v.framework.name)], "comparison-report"),
  };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const activeWhere = (now: Date) => ({ revokedAt: null, expiresAt: { gt: now } });
const shareFileName = (data: ComparisonData) =>
  safeFileName(["shared", ...data.vendors.map((v) => v.framework.name)], "shared-report");
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Renders in flight, by link and profile: parallel first downloads share one render. */
const rendering = new Map<string, Promise<Buffer | null>>();

/**
 * The PDF of a share link's frozen snapshot: nothing but the snapshot is read, so the report
 * shows exactly what the shared page shows (blind rule and hidden names as frozen; no
 * workspace name, as on the page). The snapshot never changes, so the PDF is rendered once
 * per link and profile, stored in ShareReport and served from there afterwards; the link
 * itself is checked on every request. Rendering is audited as "report.generated" (once per
 * link and profile: anonymous downloads cannot add audit rows without end); a download is
 * not counted as a view (the viewer already opened the page to get here).
 * `profile` is the shared page's profile from its address; an unknown one falls back like the
 * page does. Returns null when the link is unknown, revoked or expired.
 */
export async function sharedReport(
  token: string,
  meta: RequestMeta,
  raw: unknown = {},
): Promise<Report | null> {
  const { profile: ref } = parseInput(profileSchema, raw);
  if (typeof token !== "string" || !TOKEN_SHAPE.test(token)) return null;
  const link = await db().shareLink.findFirst({
    where: { tokenHash: sha256(token), ...activeWhere(new Date()) },
    select: { id: true, workspaceId: true, title: true, snapshot: true },
  });
  if (!link) return null;
  const data = link.snapshot as unknown as ComparisonData;
  const profile = pickProfile(data, ref, true);
  const fileName = shareFileName(data);
  const stored = await db().shareReport.findUnique({
    where: { shareLinkId_profileId: { shareLinkId: link.id, profileId: profile.id } },
    select: { pdf: true },
  });
  if (stored) return { pdf: asBuffer(stored.pdf), fileName };
  const key = `${link.id}\n${profile.id}`;
  let pending = rendering.get(key);
  if (!pending) {
    pending = renderShared(link, data, profile, meta).finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  const pdf = await pending;
  return pdf ? { pdf, fileName } : null;
}

async function renderShared(
  link: { id: string; workspaceId: string; title: string },
  data: ComparisonData,
  profile: WeightProfile,
  meta: RequestMeta,
) {
  // The readiness chapter only when the link was made with the Regulations tab shown: exactly
  // the frozen crosswalk the shared page shows (its chosen regulation), never a fresh one.
  const crosswalk = (data as ComparisonData & { crosswalk?: CrosswalkSnapshot }).crosswalk;
  const readiness = crosswalk ? [crosswalk.readiness] : undefined;
  const pdf = await render("share", data, profile, link.title, null, { readiness });
  // Re-checked when storing: a revocation committed while rendering wins. Another instance
  // may have stored the same PDF meanwhile: either copy is the same snapshot's.
  return db().$transaction(async (tx) => {
    const still = await tx.shareLink.count({ where: { id: link.id, ...activeWhere(new Date()) } });
    if (!still) return null;
    await tx.shareReport.createMany({
      data: [{ shareLinkId: link.id, profileId: profile.id, pdf: new Uint8Array(pdf) }],
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      action: "report.generated",
      actor: null,
      meta,
      workspaceId: link.workspaceId,
      targetType: "share_link",
      targetId: link.id,
      after: { kind: "share", ...auditFacts(data, profile, pdf) },
    });
    return pdf;
  });
}
