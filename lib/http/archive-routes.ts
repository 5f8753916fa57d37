import "server-only";
import { setCatalogueArchived } from "../services/catalogues/catalogue-workspace";
import { setMappingSetArchived } from "../services/catalogues/mapping-set-detail";
import { getFramework, setFrameworkArchived } from "../services/evaluations/frameworks";
import { pathId } from "../schemas/framework";
import { apiRoute, pathParam } from "./api";
import { withEtag } from "./etag";
import { tokenContext } from "./token-context";

/**
 * POST …/archive and …/unarchive: the archive toggles of the framework, catalogue and
 * mapping-set pages, on the same services (owner/admin; built-in catalogues and mapping sets
 * are 403). A framework answers as it now is, with its ETag.
 */
export const frameworkArchiveRoute = (archived: boolean) =>
  apiRoute<{ id: string }>(async (req, { id }) => {
    const { actor, slug } = await tokenContext(req);
    await setFrameworkArchived(actor, slug, pathParam(id), archived);
    return withEtag(await getFramework(actor, slug, pathParam(id)));
  });

export const catalogueArchiveRoute = (archived: boolean) =>
  apiRoute<{ slug: string; version: string }>(async (req, { slug, version }) => {
    const { actor, slug: workspace } = await tokenContext(req);
    const input = { slug: pathParam(slug), version: pathParam(version), archived };
    return setCatalogueArchived(actor, workspace, input);
  });

export const mappingArchiveRoute = (archived: boolean) =>
  apiRoute<{ id: string }>(async (req, { id }) => {
    const { actor, slug } = await tokenContext(req);
    // A malformed id is as unknown as a missing one: 404, like every other /{id} route.
    return setMappingSetArchived(actor, slug, { id: pathId(pathParam(id), "Mapping set"), archived });
  });
