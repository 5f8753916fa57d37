import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record";
import { requireSessionActor, type Actor } from "../auth/actor";
import { remapComparisonQuery } from "../backup/comparison-query";
import { catalogueIssues } from "../backup/references";
import { backupRefusal } from "../backup/parse";
import { MAX_BACKUP_BYTES, type Backup } from "../backup/schema";
import { db, type Prisma } from "../db";
import { AppError, type FieldIssue } from "../errors/app-error";
import { runHeavy } from "../workers/pool";
import { createWorkspaceWithOwner } from "./workspace-create";
import { planCatalogues, storePlannedCatalogues } from "./workspace-restore-catalogues";

type Tx = Prisma.TransactionClient;
/** Placeholder accounts cannot sign in: no argon2 hash ever equals this string. */
const NO_LOGIN = "!restored-account-no-login";

const refuse = (issues: FieldIssue[]) => {
  throw backupRefusal(issues);
};

/** Text → a checked backup (JSON, depth, schema, references), in the worker pool; nothing is stored yet. */
export async function parseBackup(text: string): Promise<Backup> {
  // Checked here too: a file over the limit is not worth copying to a worker.
  if (Buffer.byteLength(text, "utf8") > MAX_BACKUP_BYTES) throw new AppError("payload_too_large", `The backup exceeds ${MAX_BACKUP_BYTES} bytes.`);
  return runHeavy("parseBackup", text);
}

/**
 * Restores a backup as a NEW workspace owned by the caller (a signed-in browser, never an API
 * token): every row gets a new id, people are matched by email to existing accounts or become
 * disabled placeholder reviewers (so attribution and the blind rule's submissions survive),
 * workspace catalogues are re-imported. One transaction: a refused file leaves no trace.
 */
export async function restoreWorkspace(actor: Actor | null, text: string) {
  const a = requireSessionActor(actor);
  const b = await parseBackup(text);
  const plans = await planCatalogues(b);
  const issues = catalogueIssues(b, (slug, version) => plans.get(`${slug}@${version}`)!.shape);
  if (issues.length) refuse(issues);
  return db().$transaction(async (tx) => {
    const name = `${b.workspace.name.slice(0, 120 - 11)} (restored)`;
    const ws = await createWorkspaceWithOwner(tx, a.userId, name);
    if (b.workspace.requireMfa) await tx.workspace.update({ where: { id: ws.id }, data: { requireMfa: true } });
    const catalogues = await storePlannedCatalogues(tx, plans, ws.id);
    const people = await mapPeople(tx, b, ws.id, a.userId);
    const counts = await writeContent(tx, b, { workspaceId: ws.id, ownerId: a.userId, people, catalogues });
    await recordAudit(tx, {
      action: "workspace.restored", actor: a, workspaceId: ws.id, targetType: "workspace", targetId: ws.id,
      after: { from: { name: b.workspace.name, exportedAt: b.exportedAt, appVersion: b.app.version }, ...counts, placeholders: people.placeholders },
    });
    return { ...ws, ...counts };
  }, { timeout: 120_000 });
}

/** Person ref → user id: existing accounts by email; the rest become disabled placeholder reviewers. */
async function mapPeople(tx: Tx, b: Backup, workspaceId: string, ownerId: string) {
  const emails = b.people.map((p) => p.email);
  const existing = new Set((await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  const fresh = b.people.filter((p) => !existing.has(p.email)).map((p) => ({ id: randomUUID(), email: p.email, name: p.name, passwordHash: NO_LOGIN, disabledAt: new Date() }));
  // skipDuplicates: an account created with the same email meanwhile is simply used instead.
  await tx.user.createMany({ data: fresh, skipDuplicates: true });
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  const placeholderIds = new Set<string>(fresh.map((f) => f.id));
  const members = users.filter((u) => placeholderIds.has(u.id) && u.id !== ownerId);
  await tx.membership.createMany({ data: members.map((u) => ({ workspaceId, userId: u.id, role: "reviewer" as const })), skipDuplicates: true });
  return { byRef: new Map(b.people.map((p) => [p.ref, byEmail.get(p.email)!])), placeholders: members.length };
}

interface Targets { workspaceId: string; ownerId: string; people: { byRef: Map<string, string> }; catalogues: Map<string, string> }

async function writeContent(tx: Tx, b: Backup, t: Targets) {
  const { workspaceId } = t;
  const person = (ref: string) => t.people.byRef.get(ref)!;
  const frameworkIds = new Map(b.frameworks.map((f) => [f.ref, randomUUID()]));
  const evaluationIds = new Map(b.evaluations.map((e) => [e.ref, randomUUID()]));
  const profileIds = new Map(b.profiles.map((p) => [p.ref, randomUUID()]));
  await tx.framework.createMany({
    data: b.frameworks.map(({ ref, archivedAt, createdAt, ...f }) => ({ ...f, id: frameworkIds.get(ref)!, workspaceId, archivedAt: archivedAt ? new Date(archivedAt) : null, createdAt: new Date(createdAt) })),
  });
  await tx.weightProfile.createMany({ data: b.profiles.map(({ ref, ...p }) => ({ ...p, id: profileIds.get(ref)!, workspaceId })) });
  await tx.evaluation.createMany({
    data: b.evaluations.map((e) => ({
      id: evaluationIds.get(e.ref)!, workspaceId, frameworkId: frameworkIds.get(e.frameworkRef)!, catalogueId: t.catalogues.get(`${e.catalogue.slug}@${e.catalogue.version}`)!,
      status: e.status, finalizedAt: e.finalizedAt ? new Date(e.finalizedAt) : null, createdAt: new Date(e.createdAt),
      previousEvaluationId: e.previousEvaluationRef ? evaluationIds.get(e.previousEvaluationRef)! : null,
      createdById: e.createdByRef ? person(e.createdByRef) : t.ownerId,
    })),
  });
  await tx.evaluationSection.createMany({
    data: b.evaluations.flatMap((e) => e.sections.map((s) => ({
      evaluationId: evaluationIds.get(e.ref)!, sectionKey: s.sectionKey, inScope: s.inScope, outOfScopeReason: s.outOfScopeReason,
      assigneeIds: s.assigneeRefs.map(person), submittedByIds: s.submittedByRefs.map(person),
    }))),
  });
  const scores = b.evaluations.flatMap((e) => e.scores.map((s) => ({
    id: randomUUID(), workspaceId, evaluationId: evaluationIds.get(e.ref)!, criterionKey: s.criterionKey, sectionKey: s.sectionKey, reviewerId: person(s.reviewerRef),
    value: s.value, notApplicable: s.notApplicable, rationale: s.rationale, evidence: s.evidence, carriedOver: s.carriedOver, version: s.version, updatedAt: new Date(s.updatedAt),
  })));
  await tx.score.createMany({ data: scores });
  // One history row per score, at the version it had: earlier states are not part of a backup.
  await tx.scoreHistory.createMany({ data: scores.map((s) => ({ scoreId: s.id, version: s.version, value: s.value, notApplicable: s.notApplicable, rationale: s.rationale, evidence: s.evidence, savedAt: s.updatedAt })) });
  await tx.agreedScore.createMany({
    data: b.evaluations.flatMap((e) => e.agreed.map((x) => ({
      evaluationId: evaluationIds.get(e.ref)!, criterionKey: x.criterionKey, value: x.value, notApplicable: x.notApplicable, reason: x.reason, setById: person(x.setByRef), setAt: new Date(x.setAt),
    }))),
  });
  await tx.savedComparison.createMany({
    data: b.comparisons.map((c) => ({ workspaceId, name: c.name, description: c.description, query: remapComparisonQuery(c.query, evaluationIds, profileIds), createdById: t.ownerId })),
  });
  return { frameworks: b.frameworks.length, evaluations: b.evaluations.length, scores: scores.length, profiles: b.profiles.length, comparisons: b.comparisons.length, people: b.people.length };
}
