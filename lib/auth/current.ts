import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { actorFromSession } from "../services/accounts/sessions";
import type { Actor } from "./actor";
import { authOptions } from "./next-auth";
import { requestMeta } from "./request-meta";

/** The signed-in actor for this request, or null (checked against the database each time). */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  if (!session?.sid) return null;
  return actorFromSession(session.sid, requestMeta(await headers()));
});

export async function requireActor(returnTo = "/w"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
