import "server-only";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { parseInput } from "../../schemas/parse";
import {
  catalogueReadiness,
  EQUAL_WEIGHTS_PROFILE,
  type ConsensusValue,
  type Coverage,
  type Relationship,
} from "../../scoring/index";
import { loadEvaluation, type LoadedEvaluation } from "./evaluation-access";
import { loadVotes, summarise } from "./evaluation-summary";

/** Shown beside every readiness figure, on screen, in files and in PDFs. */
export const READINESS_DISCLAIMER =
  "An indication of how far the framework carries a product towards the regulation, from the OWASP scores through a mapping set: not a conformity assessment.";

const readinessQuery = z.object({ target: z.string().trim().min(1).max(100).optional() });

/** The mapping sets from `catalogueId` that `workspaceId` may use: built-in and its own, not archived. */
export async function crosswalksFrom(workspaceId: string, catalogueId: string) {
  return db().mappingSet.findMany({
    where: {
      sourceCatalogueId: catalogueId,
      status: "published",
      archivedAt: null,
      OR: [{ workspaceId: null }, { workspaceId }],
    },
    orderBy: [{ title: "asc" }, { version: "desc" }],
    select: {
      slug: true,
      version: true,
      title: true,
      author: true,
      notCovered: true,
      target: {
        select: {
          slug: true,
          version: true,
          title: true,
          sections: {
            orderBy: { position: "asc" },
            select: {
              key: true,
              title: true,
              criteria: { orderBy: { position: "asc" }, select: { key: true, title: true } },
            },
          },
        },
      },
      links: {
        orderBy: { position: "asc" },
        select: { sourceKey: true, targetKey: true, relationship: true, rationale: true },
      },
    },
  });
}
type Crosswalk = Awaited<ReturnType<typeof crosswalksFrom>>[number];

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
  const title = new Map(ev.sections.flatMap((s) => s.criteria.map((c) => [c.key, c.title] as const)));
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
    mappingSet: { slug: set.slug, version: set.version, title: set.title, author: set.author },
    target: { slug: set.target.slug, version: set.target.version, title: set.target.title },
    readiness: result.readiness,
    counts: {
      full: result.full,
      partial: result.partial,
      notAssessed: result.notAssessed,
      notInCatalogue: result.notInCatalogue,
    },
    requirements: result.requirements.map((r, i) => ({
      key: r.targetKey,
      title: targets[i].title,
      section: targets[i].section,
      readiness: r.readiness,
      coverage: r.coverage as Coverage,
      reason: r.coverage === "not_in_catalogue" ? (reasons.get(r.targetKey) ?? "") : null,
      contributing: r.contributing.map((c) => ({
        key: c.sourceKey,
        title: title.get(c.sourceKey) ?? c.sourceKey,
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
