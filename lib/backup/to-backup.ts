import { remapComparisonQuery } from "./comparison-query";
import type { BackupMappingSetInput } from "./mapping-sets";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupInput } from "./schema";

type Json = unknown;
const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** The rows a backup is made of, as the service reads them (no secret column is ever selected). */
export interface WorkspaceRows {
  workspace: { name: string; requireMfa: boolean };
  users: Array<{ id: string; name: string; email: string }>;
  catalogues: Array<{ slug: string; version: string; oscal: { catalog: Record<string, unknown> } | null }>;
  frameworks: Array<{
    id: string;
    name: string;
    vendor: string;
    productVersion: string;
    url: string | null;
    description: string;
    componentTypes: string[];
    archivedAt: Date | null;
    createdAt: Date;
  }>;
  profiles: Array<{
    id: string;
    name: string;
    sectionWeights: Json;
    criterionWeights: Json;
    knockouts: Json;
  }>;
  evaluations: Array<{
    id: string;
    frameworkId: string;
    catalogue: { slug: string; version: string };
    status: "draft" | "in_review" | "final";
    finalizedAt: Date | null;
    previousEvaluationId: string | null;
    createdById: string;
    createdAt: Date;
    sections: Array<{
      sectionKey: string;
      inScope: boolean;
      outOfScopeReason: string | null;
      assigneeIds: string[];
      submittedByIds: string[];
    }>;
    scores: Array<{
      criterionKey: string;
      sectionKey: string;
      reviewerId: string;
      value: number | null;
      notApplicable: boolean;
      rationale: string;
      evidence: Json;
      carriedOver: boolean;
      version: number;
      updatedAt: Date;
    }>;
    agreed: Array<{
      criterionKey: string;
      value: number | null;
      notApplicable: boolean;
      reason: string;
      setById: string;
      setAt: Date;
    }>;
  }>;
  comparisons: Array<{ name: string; description: string; query: string }>;
  mappingSets: BackupMappingSetInput[];
}

/** Every user id the evaluations point at (reviewers, assignees, submitters, agreed-by, creators). */
export function referencedUserIds(evaluations: WorkspaceRows["evaluations"]): Set<string> {
  const ids = new Set<string>();
  for (const e of evaluations) {
    ids.add(e.createdById);
    for (const s of e.sections) [...s.assigneeIds, ...s.submittedByIds].forEach((id) => ids.add(id));
    for (const s of e.scores) ids.add(s.reviewerId);
    for (const a of e.agreed) ids.add(a.setById);
  }
  return ids;
}

/**
 * Rows → the backup document. Database ids become refs (the same strings: they are opaque to
 * a restore, which maps them to new ids). A reviewer whose account was deleted keeps their
 * scores under a placeholder person, so the summaries stay the same; a previous evaluation
 * outside the workspace is left out rather than left dangling.
 */
export function toBackup(rows: WorkspaceRows, meta: { exportedAt: Date; appVersion: string }): BackupInput {
  const known = new Set(rows.users.map((u) => u.id));
  const gone = [...referencedUserIds(rows.evaluations)]
    .filter((id) => !known.has(id))
    .map((id) => ({ id, name: "Former user", email: `former-user-${id}@example.invalid` }));
  const users = [...rows.users, ...gone];
  const people = new Set(users.map((u) => u.id));
  const evaluations = new Set(rows.evaluations.map((e) => e.id));
  const person = (id: string) => (people.has(id) ? id : null);
  const persons = (ids: string[]) => ids.filter((id) => people.has(id));
  const self = (ids: Iterable<string>) => new Map([...ids].map((id) => [id, id]));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(meta.exportedAt),
    app: { version: meta.appVersion },
    workspace: rows.workspace,
    catalogues: rows.catalogues,
    people: users.map((u) => ({ ref: u.id, name: u.name, email: u.email })),
    frameworks: rows.frameworks.map((f) => ({
      ref: f.id,
      name: f.name,
      vendor: f.vendor,
      productVersion: f.productVersion,
      url: f.url,
      description: f.description,
      componentTypes: f.componentTypes as BackupInput["frameworks"][number]["componentTypes"],
      archivedAt: isoOrNull(f.archivedAt),
      createdAt: iso(f.createdAt),
    })),
    profiles: rows.profiles.map((p) => ({
      ref: p.id,
      name: p.name,
      sectionWeights: p.sectionWeights as Record<string, number>,
      criterionWeights: p.criterionWeights as Record<string, number>,
      knockouts: p.knockouts as Array<{ criterionKey: string; threshold: number }>,
    })),
    evaluations: rows.evaluations.map((e) => ({
      ref: e.id,
      frameworkRef: e.frameworkId,
      catalogue: e.catalogue,
      status: e.status,
      finalizedAt: isoOrNull(e.finalizedAt),
      previousEvaluationRef:
        e.previousEvaluationId && evaluations.has(e.previousEvaluationId) ? e.previousEvaluationId : null,
      createdByRef: person(e.createdById),
      createdAt: iso(e.createdAt),
      sections: e.sections.map((s) => ({
        sectionKey: s.sectionKey,
        inScope: s.inScope,
        outOfScopeReason: s.outOfScopeReason,
        assigneeRefs: persons(s.assigneeIds),
        submittedByRefs: persons(s.submittedByIds),
      })),
      scores: e.scores
        .filter((s) => people.has(s.reviewerId))
        .map((s) => ({
          criterionKey: s.criterionKey,
          sectionKey: s.sectionKey,
          reviewerRef: s.reviewerId,
          value: s.value,
          notApplicable: s.notApplicable,
          rationale: s.rationale,
          evidence: s.evidence as Array<{ url: string; grade: "vendor_claim" }>,
          carriedOver: s.carriedOver,
          version: s.version,
          updatedAt: iso(s.updatedAt),
        })),
      agreed: e.agreed
        .filter((a) => people.has(a.setById))
        .map((a) => ({
          criterionKey: a.criterionKey,
          value: a.value,
          notApplicable: a.notApplicable,
          reason: a.reason,
          setByRef: a.setById,
          setAt: iso(a.setAt),
        })),
    })),
    comparisons: rows.comparisons.map((c) => ({
      ...c,
      query: remapComparisonQuery(c.query, self(evaluations), self(rows.profiles.map((p) => p.id))),
    })),
    mappingSets: rows.mappingSets,
  };
}
