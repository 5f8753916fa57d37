import "server-only";
import type { Actor } from "../../auth/actor";
import { DEFAULT_SCALE } from "../../schemas/catalogue";
import { catalogueArchiveToggle } from "./archive-toggles";
import { getWorkspaceCatalogue } from "./catalogue-workspace";
import { catalogueSummary, criterionLinks, featuredCatalogue } from "./catalogue-view";
import { getCriterion, listCatalogues } from "./catalogues";

/** View models of the catalogue pages: one call per page, the rules in catalogue-view.ts. */

/** The public home page: the scale it explains and the catalogue it points to. */
export async function homePage() {
  return { scale: DEFAULT_SCALE, featured: featuredCatalogue(await listCatalogues()) };
}

/** One criterion of a built-in catalogue (public), with the links around it and the tab's title. */
export async function criterionPage(slug: string, version: string, key: string) {
  const found = await getCriterion(slug, version, key);
  return {
    ...found,
    documentTitle: `${found.criterion.key} ${found.criterion.title}`,
    links: criterionLinks(found.catalogue, found.section, found.previous, found.next),
  };
}

/** One catalogue as a workspace sees it; `archive` only for those who may archive it. */
export async function workspaceCataloguePage(
  actor: Actor | null,
  wsSlug: string,
  slug: string,
  version: string,
) {
  const catalogue = await getWorkspaceCatalogue(actor, wsSlug, slug, version);
  return {
    catalogue,
    summary: catalogueSummary(catalogue),
    archive: catalogue.mayArchive ? catalogueArchiveToggle(catalogue) : null,
  };
}
