import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { remapComparisonQuery } from "../../backup/comparison-query";
import { catalogueIssues } from "../../backup/references";
import { backupRefusal } from "../../backup/parse";
import { MAX_BACKUP_BYTES, type Backup } from "../../backup/schema";
import { db, type Prisma } from "../../db";
import { AppError, type FieldIssue } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import { runHeavy } from "../../workers/pool";
import { createWorkspaceWithOwner } from "../workspaces/workspace-create";
import { planCatalogues, storePlannedCatalogues } from "./workspace-restore-catalogues";
import { planMappingSets, storePlannedMappingSets } from "./workspace-restore-mappings";

type Tx = Prisma.TransactionClient;
/** Placeholder accounts cannot sign in: no argon2 hash ever equals this string. */
const NO_LOGIN = "!restored-account-no-login";

const refuse = (issues: FieldIssue[]) => {
  throw backupRefusal(issues);
};

/** Text → a checked backup (JSON, depth, schema, references), in the worker pool; nothing is stored yet. */
export async function parseBackup(text: string): Promise<Backup> {
  // Checked here too: a file over the limit is not worth copying to a worker.
  if (Buffer.byteLength(text, "utf8") > MAX_BACKUP_BYTES)
    throw new AppError("payload_too_large", `The backup exceeds ${MAX_BACKUP_BYTES} bytes.`);
  return runHeavy("parseBackup", text);
}

/** `me`: the backup person (email or ref) who is the restorer; default: the restorer's own email, if the backup names it. */
const restoreOptions = z.object({
  me: z.string().trim().min(1, "Enter an email of the backup, or leave it out.").max(320).optional(),
});
export type RestoreOptions = z.input<typeof restoreOptions>;

/**
 * Restores a backup as a NEW workspace owned by the caller (a signed-in browser, never an API
 * token): every row gets a new id; the person the restorer says is them becomes the restorer,
 * everyone else a new, disabled, labelled placeholder reviewer (so attribution and the blind
 * rule's submissions survive) — never an existing account found by email, since anyone can
 * write any email into a file. Workspace catalogues are re-imported and its mapping sets stored
 * against them. One transaction: a refused file leaves no trace.
 */
export async function restoreWorkspace(actor: Actor | null, text: string, options: RestoreOptions = {}) {
  const a = requireSessionActor(actor);
  const opts = parseInput(restoreOptions, options);
  const b = await parseBackup(text);
  const me = whoIsMe(b, a.email, opts.me);
  const plans = await planCatalogues(b);
  const shapeOf = (slug: string, version: string) => plans.get(`${slug}@${version}`)!.shape;
  const issues = catalogueIssues(b, shapeOf);
  if (issues.length) refuse(issues);
  const mappingPlans = await planMappingSets(b.mappingSets, shapeOf);
  return db().$transaction(
    async (tx) => {
      const name = `${b.workspace.name.slice(0, 120 - 11)} (restored)`;
      const ws = await createWorkspaceWithOwner(tx, a.userId, name);
      if (b.workspace.requireMfa)
        await tx.workspace.update({ where: { id: ws.id }, data: { requireMfa: true } });
      const catalogues = await storePlannedCatalogues(tx, plans, ws.id);
      const people = await mapPeople(tx, b, ws.id, a.userId, me);
      const counts = {
        ...(await writeContent(tx, b, { workspaceId: ws.id, ownerId: a.userId, people, catalogues })),
        mappingSets: await storePlannedMappingSets(tx, mappingPlans, catalogues, ws.id),
      };
      await recordAudit(tx, {
        action: "workspace.restored",
        actor: a,
        workspaceId: ws.id,
        targetType: "workspace",
        targetId: ws.id,
        after: {
          from: { name: b.workspace.name, exportedAt: b.exportedAt, appVersion: b.app.version },
          ...counts,
          placeholders: people.placeholders,
          restorerIs: me,
        },
      });
      return { ...ws, ...counts };
    },
    { timeout: 120_000 },
  );
}

/** The backup person ref mapped to the restorer, if any; an explicit choice must exist in the backup. */
function whoIsMe(b: Backup, ownEmail: string, choice: string | undefined): string | null {
  if (choice === undefined) return b.people.find((p) => p.email === ownEmail.toLowerCase())?.ref ?? null;
  const wanted = choice.trim().toLowerCase();
  const p = b.people.find((x) => x.ref === choice || x.email === wanted);
  if (!p)
    throw new AppError("validation_failed", "That person is not in the backup.", [
      { field: "me", message: "not one of the backup's people" },
    ]);
  return p.ref;
}

/**
 * Person ref → user id: the restorer for `me`; everyone else a NEW placeholder account —
 * disabled, no usable password, an undeliverable unique address, "(restored)" in the name —
 * made a reviewer of the new workspace. Placeholders can never be enabled (security-admin).
 */
async function mapPeople(tx: Tx, b: Backup, workspaceId: string, ownerId: string, me: string | null) {
  const now = new Date();
  const fresh = b.people
    .filter((p) => p.ref !== me)
    .map((p) => {
      const id = randomUUID();
      return {
        ref: p.ref,
        id,
        email: `restored+${id}@placeholder.invalid`,
        name: `${p.name.slice(0, 200 - 11)} (restored)`,
      };
    });
  await tx.user.createMany({
    data: fresh.map(({ id, email, name }) => ({
      id,
      email,
      name,
      passwordHash: NO_LOGIN,
      disabledAt: now,
      placeholder: true,
      createdVia: "restore",
      createdById: ownerId,
    })),
  });
  await tx.membership.createMany({
    data: fresh.map((u) => ({ workspaceId, userId: u.id, role: "reviewer" as const })),
  });
  const byRef = new Map<string, string>(fresh.map((f) => [f.ref, f.id]));
  if (me) byRef.set(me, ownerId);
  return { byRef, placeholders: fresh.length };
}

interface Targets {
  workspaceId: string;
  ownerId: string;
  people: { byRef: Map<string, string> };
  catalogues: Map<string, string>;
}

async function writeContent(tx: Tx, b: Backup, t: Targets) {
  const { workspaceId } = t;
  const person = (ref: string) => t.people.byRef.get(ref)!;
  const frameworkIds = new Map(b.frameworks.map((f) => [f.ref, randomUUID()]));
  const evaluationIds = new Map(b.evaluations.map((e) => [e.ref, randomUUID()]));
  const profileIds = new Map(b.profiles.map((p) => [p.ref, randomUUID()]));
  await tx.framework.createMany({
    data: b.frameworks.map(({ ref, archivedAt, createdAt, ...f }) => ({
      ...f,
      id: frameworkIds.get(ref)!,
      workspaceId,
      archivedAt: archivedAt ? new Date(archivedAt) : null,
      createdAt: new Date(createdAt),
    })),
  });
  await tx.weightProfile.createMany({
    data: b.profiles.map(({ ref, ...p }) => ({ ...p, id: profileIds.get(ref)!, workspaceId })),
  });
  await tx.evaluation.createMany({
    data: b.evaluations.map((e) => ({
      id: evaluationIds.get(e.ref)!,
      workspaceId,
      frameworkId: frameworkIds.get(e.frameworkRef)!,
      catalogueId: t.catalogues.get(`${e.catalogue.slug}@${e.catalogue.version}`)!,
      status: e.status,
      finalizedAt: e.finalizedAt ? new Date(e.finalizedAt) : null,
      createdAt: new Date(e.createdAt),
      previousEvaluationId: e.previousEvaluationRef ? evaluationIds.get(e.previousEvaluationRef)! : null,
      createdById: e.createdByRef ? person(e.createdByRef) : t.ownerId,
    })),
  });
  await tx.evaluationSection.createMany({
    data: b.evaluations.flatMap((e) =>
      e.sections.map((s) => ({
        evaluationId: evaluationIds.get(e.ref)!,
        sectionKey: s.sectionKey,
        inScope: s.inScope,
        outOfScopeReason: s.outOfScopeReason,
        assigneeIds: s.assigneeRefs.map(person),
        submittedByIds: s.submittedByRefs.map(person),
      })),
    ),
  });
  const scores = b.evaluations.flatMap((e) =>
    e.scores.map((s) => ({
      id: randomUUID(),
      workspaceId,
      evaluationId: evaluationIds.get(e.ref)!,
      criterionKey: s.criterionKey,
      sectionKey: s.sectionKey,
      reviewerId: person(s.reviewerRef),
      value: s.value,
      notApplicable: s.notApplicable,
      rationale: s.rationale,
      evidence: s.evidence,
      carriedOver: s.carriedOver,
      version: s.version,
      updatedAt: new Date(s.updatedAt),
    })),
  );
  await tx.score.createMany({ data: scores });
  // One history row per score, at the version it had: earlier states are not part of a backup.
  await tx.scoreHistory.createMany({
    data: scores.map((s) => ({
      scoreId: s.id,
      version: s.version,
      value: s.value,
      notApplicable: s.notApplicable,
      rationale: s.rationale,
      evidence: s.evidence,
      savedAt: s.updatedAt,
    })),
  });
  await tx.agreedScore.createMany({
    data: b.evaluations.flatMap((e) =>
      e.agreed.map((x) => ({
        evaluationId: evaluationIds.get(e.ref)!,
        criterionKey: x.criterionKey,
        value: x.value,
        notApplicable: x.notApplicable,
        reason: x.reason,
        setById: person(x.setByRef),
        setAt: new Date(x.setAt),
      })),
    ),
  });
  await tx.savedComparison.createMany({
    data: b.comparisons.map((c) => ({
      workspaceId,
      name: c.name,
      description: c.description,
      query: remapComparisonQuery(c.query, evaluationIds, profileIds),
      createdById: t.ownerId,
    })),
  });
  return {
    frameworks: b.frameworks.length,
    evaluations: b.evaluations.length,
    scores: scores.length,
    profiles: b.profiles.length,
    comparisons: b.comparisons.length,
    people: b.people.length,
  };
}
