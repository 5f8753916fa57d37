import "server-only";
import type { NextRequest } from "next/server";
import { actorFromBearer } from "../auth/api-token";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors/app-error";

/** A token is bound to one workspace: /api/v1 resources live in that workspace. */
export async function tokenContext(req: NextRequest): Promise<{ actor: Actor; slug: string }> {
  const actor = await actorFromBearer(req);
  const workspace = actor.token?.membership?.workspace;
  if (!workspace)
    throw new AppError("forbidden", "This token's user is no longer a member of its workspace.");
  return { actor, slug: workspace.slug };
}
