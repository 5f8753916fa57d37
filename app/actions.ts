"use server";

import { cookies } from "next/headers";
import { currentActor } from "@/lib/auth/current";
import { signOut } from "@/lib/services/accounts/sessions";
import { ssoLogoutUrl } from "@/lib/services/sso/logout";

// next-auth's session cookie, and its chunks when the token outgrows one cookie.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs this browser out: revokes the session's row and clears next-auth's session cookie here,
 * so every page's shell needs no client auth library for it (it weighed on every bundle). The
 * client then goes to `logoutUrl`: for a single sign-on session the provider's end-session page
 * (which comes back to /sign-in), else null.
 */
export async function signOutAction(): Promise<{ logoutUrl: string | null }> {
  const actor = await currentActor();
  const logoutUrl = actor ? await ssoLogoutUrl(actor) : null;
  if (actor) await signOut(actor);
  const jar = await cookies();
  for (const { name } of jar.getAll())
    if (SESSION_COOKIE.test(name))
      // A __Secure- cookie is only replaced by a Secure one: delete() would not set the flag.
      jar.set(name, "", {
        maxAge: 0,
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: name.startsWith("__Secure-"),
      });
  return { logoutUrl };
}
