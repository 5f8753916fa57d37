import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import type { CrosswalkShape } from "../../compare/readiness";
import { READINESS_DISCLAIMER } from "../../compare/readiness-figures";
import { pgPool } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import {
  catalogueReadiness,
  coverageCounts,
  EQUAL_WEIGHTS_PROFILE,
  type ConsensusValue,
  type Coverage,
  type Relationship,
} from "../../scoring/index";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { loadVotes, summarise } from "./evaluation-summary";

// Defined with the pure readiness wording, so PDFs and files (built in the worker) print the same.
export { READINESS_DISCLAIMER };

const readinessQuery = z.object({ target: z.string().trim().min(1).max(100).optional() });

// The mapping sets from a catalogue that a workspace may use (built-in and its own, published,
// not archived), each with its target's requirements and its links, in one statement. One per
// regulation (target catalogue slug), as pages and addresses name a crosswalk by its regulation:
// the workspace's own set wins over the built-in one (an owner who imports a mapping to the CRA
// means theirs to count), then the most recently published.
/**
 * The crosswalks query with its parameters named by the caller (`$n` placeholders or NULL): a
 * page may run it as a part of its own statement (evaluation-page.ts) instead of a statement
 * of its own. The source catalogue is given by id, or by slug and version.
 */
export const crosswalksQuery = (p: { source: string; workspace: string; slug: string; version: string }) =>
  `SELECT * FROM (SELECT DISTINCT ON (t.slug) ms.id, ms.slug, ms.version, ms.title, ms.author, ms."notCovered",
    json_build_object('slug', t.slug, 'version', t.version, 'title', t.title, 'sections', (
      SELECT coalesce(json_agg(json_build_object('key', s.key, 'title', s.title, 'criteria', (
          SELECT coalesce(json_agg(json_build_object('key', c.key, 'title', c.title) ORDER BY c.position), '[]')
          FROM "Criterion" c WHERE c."sectionId" = s.id)) ORDER BY s.position), '[]')
      FROM "Section" s WHERE s."catalogueId" = t.id)) AS target,
    (SELECT coalesce(json_agg(json_build_object('sourceKey', l."sourceKey", 'targetKey', l."targetKey",
        'relationship', l.relationship, 'rationale', l.rationale) ORDER BY l.position), '[]')
      FROM "MappingLink" l WHERE l."mappingSetId" = ms.id) AS links
  FROM "MappingSet" ms JOIN "Catalogue" t ON t.id = ms."targetCatalogueId"
  WHERE ms."sourceCatalogueId" = COALESCE(${p.source}::uuid, (SELECT id FROM "Catalogue" WHERE slug = ${p.slug} AND version = ${p.version}))
    AND ms.status = 'published' AND ms."archivedAt" IS NULL
    AND (ms."workspaceId" IS NULL OR ms."workspaceId" = ${p.workspace})
  ORDER BY t.slug, ms."workspaceId" IS NULL, ms."publishedAt" DESC NULLS LAST, ms.version DESC) x
  ORDER BY x.title, x.version DESC`;

const CROSSWALKS_SQL = crosswalksQuery({ source: "$1", workspace: "$2", slug: "$3", version: "$4" });

export interface Crosswalk extends CrosswalkShape {
  id: string;
  author: string;
  links: Array<CrosswalkShape["links"][number] & { rationale: string }>;
}

/** The crosswalks from a catalogue (by id, or by slug and version) that `workspaceId` may use. */
export async function crosswalksFrom(
  workspaceId: string,
  source: string | { slug: string; version: string },
): Promise<Crosswalk[]> {
  const args =
    typeof source === "string"
      ? [source, workspaceId, null, null]
      : [null, workspaceId, source.slug, source.version];
  return (await pgPool().query<Crosswalk>(CROSSWALKS_SQL, args)).rows;
}

/**
 * What each criterion counts as for readiness, as the reader may see it: the visible consensus;
 * "na" for N/A and for sections out of the evaluation's scope; nothing for hidden or unscored.
 */
export function readinessInputs(ev: LoadedEvaluation, visible: Record<string, { value: ConsensusValue }>) {
  const values = new Map<string, ConsensusValue>();
  for (const section of ev.sections)
    for (const c of section.criteria)
      values.set(c.key, section.inScope ? (visible[c.key]?.value ?? null) : "na");
  return values;
}

/** One crosswalk projected onto one evaluation: the target's requirements in its own order. */
export function crosswalkReadiness(
  ev: LoadedEvaluation,
  values: Map<string, ConsensusValue>,
  set: Crosswalk,
) {
  const criterion = new Map(
    ev.sections.flatMap((s) =>
      s.criteria.map((c) => [c.key, { title: c.title, sectionKey: s.key }] as const),
    ),
  );
  const targets = set.target.sections.flatMap((s) =>
    s.criteria.map((c) => ({ ...c, section: { key: s.key, title: s.title } })),
  );
  const links = set.links.map((l) => ({ ...l, relationship: l.relationship as Relationship }));
  const rationale = new Map(links.map((l) => [`${l.sourceKey}\u0000${l.targetKey}`, l.rationale]));
  const reasons = new Map(
    (set.notCovered as Array<{ key: string; reason: string }>).map((n) => [n.key, n.reason]),
  );
  const result = catalogueReadiness(
    targets.map((t) => t.key),
    links,
    values,
    ev.maxValue,
  );
  return {
    mappingSet: { id: set.id, slug: set.slug, version: set.version, title: set.title, author: set.author },
    target: { slug: set.target.slug, version: set.target.version, title: set.target.title },
    readiness: result.readiness,
    counts: coverageCounts(result),
    requirements: result.requirements.map((r, i) => ({
      key: r.targetKey,
      title: targets[i].title,
      section: targets[i].section,
      readiness: r.readiness,
      coverage: r.coverage as Coverage,
      reason: r.coverage === "not_in_catalogue" ? (reasons.get(r.targetKey) ?? "") : null,
      contributing: r.contributing.map((c) => ({
        key: c.sourceKey,
        title: criterion.get(c.sourceKey)?.title ?? c.sourceKey,
        sectionKey: criterion.get(c.sourceKey)?.sectionKey ?? "",
        relationship: c.relationship,
        rationale: rationale.get(`${c.sourceKey}\u0000${r.targetKey}`) ?? "",
        consensus: c.value,
      })),
      notApplicable: r.notApplicable,
      unscored: r.unscored,
    })),
  };
}
export type CrosswalkReadiness = ReturnType<typeof crosswalkReadiness>;

/** The overview's "Regulations" panel: per regulation, its readiness and coverage counts. */
export function regulationsPanel(
  ev: LoadedEvaluation,
  visible: Record<string, { value: ConsensusValue }>,
  sets: Crosswalk[],
) {
  const values = readinessInputs(ev, visible);
  return {
    disclaimer: READINESS_DISCLAIMER,
    regulations: sets.map((set) => {
      const r = crosswalkReadiness(ev, values, set);
      return { ...r.target, mappingSet: r.mappingSet.title, readiness: r.readiness, counts: r.counts };
    }),
  };
}

/**
 * Readiness of one evaluation against every regulation its catalogue is mapped to (or the one
 * named by `target`), from what the caller may see: sections still blind to them count as
 * unscored, never as their hidden values.
 */
export async function evaluationReadiness(
  actor: Actor | null,
  slug: string,
  evaluationId: string,
  raw: unknown = {},
) {
  const { workspace, role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const { target } = parseInput(readinessQuery, raw);
  const ev = await loadEvaluation(workspace.id, evaluationId);
  const [sets, { scores, agreed }] = await Promise.all([
    crosswalksFrom(workspace.id, ev.catalogueId),
    loadVotes(workspace.id, ev.id),
  ]);
  const chosen = target ? sets.filter((s) => s.target.slug === target) : sets;
  if (target && !chosen.length)
    throw new AppError("validation_failed", `No crosswalk from this evaluation's catalogue to "${target}".`, [
      { field: "target", message: "unknown target catalogue" },
    ]);
  const summary = summarise(ev, scores, agreed, EQUAL_WEIGHTS_PROFILE, me.userId, role);
  const values = readinessInputs(ev, summary.consensus);
  return {
    evaluation: summary.evaluation,
    disclaimer: READINESS_DISCLAIMER,
    crosswalks: chosen.map((set) => crosswalkReadiness(ev, values, set)),
  };
}
