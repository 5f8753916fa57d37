import { z } from "zod";
import { actorFromBearer } from "@/lib/auth/api-token";
import { apiRoute, parseQuery } from "@/lib/http/api";
import { listMyWorkspaces } from "@/lib/services/workspaces/workspaces";

export const dynamic = "force-dynamic";

/** Who the token is: its user, its one workspace and role, its scopes. */
export const GET = apiRoute(async (req) => {
  parseQuery(req, z.object({}));
  const actor = await actorFromBearer(req);
  const [workspace] = await listMyWorkspaces(actor);
  return {
    email: actor.email,
    scopes: actor.token?.scopes ?? [],
    workspace: workspace ? { slug: workspace.slug, name: workspace.name, role: workspace.role } : null,
  };
});
