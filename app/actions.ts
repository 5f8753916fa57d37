"use server";

import { currentActor } from "@/lib/auth/current";
import { signOut } from "@/lib/services/accounts/sessions";

/** Revokes this browser's session row; the client then clears the cookie through next-auth. */
export async function signOutAction() {
  const actor = await currentActor();
  if (actor) await signOut(actor);
}
