import "server-only";
import { setCatalogueArchived } from "../services/catalogues/catalogue-workspace";
import { setMappingSetArchived } from "../services/catalogues/mapping-set-detail";
import { pathId } from "../schemas/framework";
import { apiRoute, pathParam } from "./api";
import { tokenContext } from "./token-context";

/**
 * POST …/archive and …/unarchive of a workspace's imported data: the archive toggles of the
 * catalogue and mapping-set pages, on the same services (owner/admin; built-in data is 403).
 */
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
