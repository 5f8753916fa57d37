import "server-only";
import { pgPool } from "../../db";
import { notFound } from "../../errors/app-error";
import { idSchema } from "../../schemas/framework";
import type { WeightProfile } from "../../scoring/index";
import { withCatalogue, type EvaluationRow, type LoadedEvaluation } from "../evaluations/evaluation-access";

export type AgreedRow = {
  evaluationId: string;
  criterionKey: string;
  value: number | null;
  notApplicable: boolean;
  reason: string;
};

/** The compare page's picker: evaluations of the workspace (listEvaluations' shape). */
export interface PickerRow {
  id: string;
  status: "draft" | "in_review" | "final";
  createdAt: Date;
  finalizedAt: Date | null;
  framework: { id: string; name: string; vendor: string; productVersion: string };
  catalogue: { slug: string; version: string; title: string };
}

const FRAMEWORK = `json_build_object('id', f.id, 'name', f.name, 'vendor', f.vendor, 'productVersion', f."productVersion")`;

/*
 * One statement for what Prisma read with one query per evaluation and per relation (52 on the
 * compare page with 10 vendors): the evaluations in the order asked for, each with its
 * framework, section states and agreed values, plus the workspace's weight profiles and,
 * optionally, the picker's list — narrowed, as before, to the comparison's catalogue version
 * when every asked-for evaluation exists and they share one. Every part carries the workspace id.
 */
const SQL = (picker: boolean) => `WITH sel AS (
  SELECT e.id, e.status, e."createdAt", e."finalizedAt", e."previousEvaluationId", e."catalogueId", u.ord, ${FRAMEWORK} AS framework,
    (SELECT coalesce(json_agg(json_build_object('sectionKey', s."sectionKey", 'inScope', s."inScope", 'outOfScopeReason', s."outOfScopeReason",
       'assigneeIds', s."assigneeIds", 'submittedByIds', s."submittedByIds")), '[]') FROM "EvaluationSection" s WHERE s."evaluationId" = e.id) AS sections,
    (SELECT coalesce(json_agg(json_build_object('evaluationId', a."evaluationId", 'criterionKey', a."criterionKey", 'value', a.value,
       'notApplicable', a."notApplicable", 'reason', a.reason)), '[]') FROM "AgreedScore" a WHERE a."evaluationId" = e.id) AS agreed
  FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, ord)
  JOIN "Evaluation" e ON e.id = u.id AND e."workspaceId" = $1
  JOIN "Framework" f ON f.id = e."frameworkId" AND f."workspaceId" = $1
)${
  picker
    ? `, narrow AS (
  SELECT CASE WHEN count(*) >= 2 AND count(*) = cardinality($2::uuid[]) AND count(DISTINCT "catalogueId") = 1 THEN min("catalogueId"::text)::uuid END AS cat FROM sel
), picker AS (
  SELECT e.id, e.status, e."createdAt", e."finalizedAt", ${FRAMEWORK} AS framework, json_build_object('slug', c.slug, 'version', c.version, 'title', c.title) AS catalogue
  FROM narrow, "Evaluation" e JOIN "Framework" f ON f.id = e."frameworkId" JOIN "Catalogue" c ON c.id = e."catalogueId"
  WHERE e."workspaceId" = $1 AND (narrow.cat IS NULL OR e."catalogueId" = narrow.cat)
)`
    : ""
}
SELECT (SELECT coalesce(json_agg(sel ORDER BY ord), '[]') FROM sel) AS evaluations,
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'sectionWeights', p."sectionWeights", 'criterionWeights', p."criterionWeights",
     'knockouts', p.knockouts) ORDER BY p.name), '[]') FROM "WeightProfile" p WHERE p."workspaceId" = $1) AS profiles
  ${picker ? `, (SELECT coalesce(json_agg(picker ORDER BY "createdAt" DESC), '[]') FROM picker) AS picker` : ""}`;

type Raw = Omit<EvaluationRow, "createdAt" | "finalizedAt"> & {
  createdAt: string;
  finalizedAt: string | null;
  ord: number;
  agreed: AgreedRow[];
};
type RawPicker = Omit<PickerRow, "createdAt" | "finalizedAt"> & {
  createdAt: string;
  finalizedAt: string | null;
};
const dates = <T extends { createdAt: string; finalizedAt: string | null }>(r: T) => ({
  ...r,
  createdAt: new Date(r.createdAt),
  finalizedAt: r.finalizedAt ? new Date(r.finalizedAt) : null,
});

export interface ComparisonBundle {
  /** In the order asked for; `null` where an id does not exist in this workspace. */
  evaluations: Array<LoadedEvaluation | null>;
  agreed: AgreedRow[];
  profiles: WeightProfile[];
  picker?: PickerRow[];
}

/** Evaluations, agreed values, profiles (and the picker) of `workspaceId` in one statement. */
export async function loadComparisonBundle(
  workspaceId: string,
  ids: string[],
  o: { picker?: boolean } = {},
): Promise<ComparisonBundle> {
  // A malformed id would make the uuid cast fail the statement: it names nothing, so 404.
  if (ids.some((id) => !idSchema.safeParse(id).success)) throw notFound("Evaluation");
  const {
    rows: [row],
  } = await pgPool().query<{ evaluations: Raw[]; profiles: WeightProfile[]; picker?: RawPicker[] }>(
    SQL(!!o.picker),
    [workspaceId, ids],
  );
  const found = new Map<string, LoadedEvaluation>();
  const agreed: AgreedRow[] = [];
  for (const r of row.evaluations) {
    if (found.has(r.id)) continue; // an id asked for twice
    // Only the row's own fields: agreed values are returned apart, for the blind rule to filter.
    const { id, status, createdAt, finalizedAt, previousEvaluationId, catalogueId, framework, sections } =
      dates(r);
    found.set(
      id,
      await withCatalogue({
        id,
        status,
        createdAt,
        finalizedAt,
        previousEvaluationId,
        catalogueId,
        framework,
        sections,
      }),
    );
    agreed.push(...r.agreed);
  }
  return {
    evaluations: ids.map((id) => found.get(id.toLowerCase()) ?? null),
    agreed,
    profiles: row.profiles,
    ...(row.picker ? { picker: row.picker.map(dates) } : {}),
  };
}
