import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../audit/record";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { db, type Prisma } from "../../db";
import { generateDataset, SAMPLE_WORKSPACE_DATASET } from "../../sample/dataset";
import { serializeViewState, DEFAULT_VIEW } from "../../compare/view-state";
import { AppError } from "../../errors/app-error";
import { createWorkspaceWithOwner } from "./workspace-create";

type Tx = Prisma.TransactionClient;
export const SAMPLE_WORKSPACE_NAME = "Sample: IoT framework shortlist";

/**
 * A clearly labelled sample workspace for a newcomer: 20 frameworks scored by three sample
 * reviewers against the OWASP catalogue (seeded, so everyone sees the same data), with
 * varied agreement, a few final evaluations and a saved comparison. The sample reviewers are
 * disabled accounts without a usable password: nobody can sign in as them.
 */
export async function loadSampleWorkspace(actor: Actor | null) {
  const a = requireSessionActor(actor);
  return db().$transaction(
    async (tx) => {
      const ws = await createWorkspaceWithOwner(tx, a.userId, SAMPLE_WORKSPACE_NAME);
      const counts = await fillSampleWorkspace(tx, ws.id, a.userId);
      await recordAudit(tx, {
        action: "workspace.sample_loaded",
        actor: a,
        workspaceId: ws.id,
        targetType: "workspace",
        targetId: ws.id,
        after: counts,
      });
      return { ...ws, ...counts };
    },
    { timeout: 60_000 },
  );
}

/** `npm run admin -- load-sample --workspace W`: fills an existing workspace (its first owner creates). */
export async function cliLoadSample(slug: string) {
  const ws = await db().workspace.findUnique({
    where: { slug },
    select: { id: true, memberships: { where: { role: "owner" }, take: 1, select: { userId: true } } },
  });
  if (!ws || !ws.memberships[0])
    throw new AppError(
      "not_found",
      `No workspace "${slug}" with an owner; create it first (create-user --workspace ${slug} --role owner).`,
    );
  return db().$transaction(
    async (tx) => {
      const counts = await fillSampleWorkspace(tx, ws.id, ws.memberships[0].userId);
      await recordAudit(tx, {
        action: "workspace.sample_loaded",
        actorEmail: "cli",
        meta: { ip: null, userAgent: "admin-cli" },
        workspaceId: ws.id,
        targetType: "workspace",
        targetId: ws.id,
        after: counts,
      });
      return counts;
    },
    { timeout: 60_000 },
  );
}

async function fillSampleWorkspace(tx: Tx, workspaceId: string, ownerId: string) {
  const catalogue = await tx.catalogue.findFirstOrThrow({
    where: { slug: "owasp-iot-framework", status: "published", workspaceId: null, sections: { some: {} } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      sections: {
        orderBy: { position: "asc" },
        select: { key: true, criteria: { orderBy: { position: "asc" }, select: { key: true } } },
      },
    },
  });
  const shape = {
    max: 4,
    sections: catalogue.sections.map((s) => ({ key: s.key, criteria: s.criteria.map((c) => c.key) })),
  };
  const data = generateDataset(shape, SAMPLE_WORKSPACE_DATASET);
  const tag = workspaceId.slice(-8);
  const reviewers = ["A", "B", "C"].map((l) => ({
    id: randomUUID(),
    email: `sample-reviewer-${l.toLowerCase()}+${tag}@example.invalid`,
    name: `Sample reviewer ${l}`,
  }));
  await tx.user.createMany({
    data: reviewers.map((r) => ({
      ...r,
      passwordHash: "!sample-account-no-login",
      disabledAt: new Date(),
      placeholder: true,
      createdVia: "sample",
      createdById: ownerId,
    })),
  });
  await tx.membership.createMany({
    data: reviewers.map((r) => ({ workspaceId, userId: r.id, role: "reviewer" as const })),
  });
  const ids: string[] = [];
  const scores: Prisma.ScoreCreateManyInput[] = [];
  for (const f of data) {
    const framework = await tx.framework.create({
      data: {
        workspaceId,
        name: f.name,
        vendor: f.vendor,
        productVersion: f.productVersion,
        url: f.url,
        description: f.description,
        componentTypes: f.componentTypes as never,
      },
      select: { id: true },
    });
    const submittedBy = reviewers.map((r) => r.id);
    const ev = await tx.evaluation.create({
      data: {
        workspaceId,
        frameworkId: framework.id,
        catalogueId: catalogue.id,
        createdById: ownerId,
        status: f.status,
        finalizedAt: f.status === "final" ? new Date() : null,
        // The sample reviewers are assigned, so the owner who loads the sample facilitates
        // rather than reviews: not blind to anything, they see every consensus at once.
        sections: {
          create: shape.sections.map((s) => ({
            sectionKey: s.key,
            assigneeIds: submittedBy,
            submittedByIds: f.submitted.includes(s.key) ? submittedBy : [],
          })),
        },
      },
      select: { id: true },
    });
    ids.push(ev.id);
    for (const s of f.scores) {
      scores.push({
        id: randomUUID(),
        workspaceId,
        evaluationId: ev.id,
        criterionKey: s.criterionKey,
        sectionKey: s.sectionKey,
        reviewerId: reviewers[s.reviewer].id,
        value: s.value,
        notApplicable: s.notApplicable,
        rationale: s.rationale,
        evidence: s.evidence,
      });
    }
  }
  await tx.score.createMany({ data: scores });
  await tx.scoreHistory.createMany({
    data: scores.map((s) => ({
      scoreId: s.id!,
      version: 1,
      value: s.value ?? null,
      notApplicable: s.notApplicable ?? false,
      rationale: s.rationale ?? "",
      evidence: s.evidence ?? [],
    })),
  });
  const shortlist = ids.filter((_, i) => data[i].status !== "draft").slice(0, 5);
  await tx.savedComparison.create({
    data: {
      workspaceId,
      name: "Sample shortlist (5 vendors)",
      description: "Generated sample data: open it to see the comparison.",
      query: serializeViewState({ ...DEFAULT_VIEW, evaluations: shortlist }),
      createdById: ownerId,
    },
  });
  return { frameworks: data.length, evaluations: ids.length, scores: scores.length };
}
