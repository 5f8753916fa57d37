import "server-only";
import { getFramework, setFrameworkArchived } from "../services/evaluations/frameworks";
import { apiRoute, pathParam } from "./api";
import { withEtag } from "./etag";
import { tokenContext } from "./token-context";

/** POST …/archive and …/unarchive: the UI's archive toggle; answers the framework as it now is. */
export const archiveRoute = (archived: boolean) =>
  apiRoute<{ id: string }>(async (req, { id }) => {
    const { actor, slug } = await tokenContext(req);
    await setFrameworkArchived(actor, slug, pathParam(id), archived);
    return withEtag(await getFramework(actor, slug, pathParam(id)));
  });
