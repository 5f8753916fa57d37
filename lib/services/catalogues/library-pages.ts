import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { can } from "../../auth/policy";
import { notFound } from "../../errors/app-error";
import { idSchema } from "../../schemas/framework";
import { frameworkArchiveToggle } from "./archive-toggles";
import { getWorkspaceCatalogue, listWorkspaceCatalogues } from "./catalogue-workspace";
import { getCatalogue, listCatalogues } from "./catalogues";
import { evaluationListRow, frameworkLabel } from "../evaluations/evaluation-labels";
import { listEvaluations } from "../evaluations/evaluations";
import { frameworkListView } from "../evaluations/framework-list-view";
import { getFramework, listFrameworks } from "../evaluations/frameworks";
import { profileListItem } from "../comparisons/profile-summary";
import { listWeightProfiles } from "../comparisons/weight-profiles";

/**
 * View models of the workspace's library pages (frameworks, catalogues, evaluations, weight
 * profiles): one call per page, with the permission flags from the policy table. The forms a
 * flag hides would be refused by their service anyway; hiding them spares a form that cannot work.
 */

export async function frameworksPage(actor: Actor | null, slug: string, archived: boolean) {
  const { role, actor: me } = await authorize(actor, slug, "frameworks.read");
  const canWrite = can(role, "frameworks.write");
  return {
    frameworks: await listFrameworks(me, slug, { archived }),
    canWrite,
    list: frameworkListView(slug, archived, canWrite),
  };
}

export async function frameworkPage(actor: Actor | null, slug: string, id: string) {
  const { role, actor: me } = await authorize(actor, slug, "frameworks.read");
  // A malformed id is a validation error to getFramework; to a visitor it is just a missing page.
  if (!idSchema.safeParse(id).success) throw notFound("Framework");
  const framework = await getFramework(me, slug, id);
  return { framework, canWrite: can(role, "frameworks.write"), archive: frameworkArchiveToggle(framework) };
}

export async function cataloguesPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "workspace.read");
  return {
    catalogues: await listWorkspaceCatalogues(me, slug),
    canImport: can(role, "catalogues.import"),
  };
}

/** Evaluations, and for those who may start one: the frameworks and the catalogues to start from. */
export async function evaluationsPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const canCreate = can(role, "evaluations.create");
  const [evaluations, frameworks, catalogues] = await Promise.all([
    listEvaluations(me, slug),
    listFrameworks(me, slug),
    listWorkspaceCatalogues(me, slug, { includeArchived: false, purpose: "assessment" }),
  ]);
  // Built-in and this workspace's own catalogues; archived ones and regulations cannot start an evaluation.
  const catalogueOptions = await Promise.all(
    catalogues.map(async (c) => {
      const full = await getWorkspaceCatalogue(me, slug, c.slug, c.version);
      return {
        ref: `${c.slug}@${c.version}`,
        label: `${c.title} (${c.version})`,
        sections: full.sections.map((s) => ({ key: s.key, title: s.title })),
      };
    }),
  );
  const rows = evaluations.map(evaluationListRow);
  return {
    evaluations: rows,
    frameworkOptions: frameworks.map((f) => ({ id: f.id, label: frameworkLabel(f) })),
    catalogueOptions,
    previous: rows.map((r) => ({ id: r.id, label: r.previousLabel })),
    canCreate,
  };
}

/** Weight profiles, and the first catalogue's sections and criteria for the profile editor. */
export async function profilesPage(actor: Actor | null, slug: string) {
  const { role, actor: me } = await authorize(actor, slug, "evaluations.read");
  const [profiles, catalogues] = await Promise.all([listWeightProfiles(me, slug), listCatalogues()]);
  const first = catalogues.find((c) => c.purpose === "assessment");
  const sections = first
    ? (await getCatalogue(first.slug, first.version)).sections.map((s) => ({
        key: s.key,
        title: s.title,
        criteria: s.criteria.map((c) => ({ key: c.key, title: c.title })),
      }))
    : [];
  const manage = can(role, "profiles.write");
  return { profiles: profiles.map((p) => profileListItem(p, manage)), sections, manage };
}
