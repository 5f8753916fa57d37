"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current";
import { requestMeta } from "@/lib/auth/request-meta";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { acceptInvitation } from "@/lib/services/workspaces/invitations";

export async function acceptAction(
  token: string,
  _p: ActionState | null,
  form: FormData,
): Promise<ActionState> {
  const meta = requestMeta(await headers());
  // The session lookup reads the database too: inside runAction, so a lost database is a message.
  let actor: Awaited<ReturnType<typeof currentActor>> = null;
  const result = await runAction(
    async () => {
      await enforceRateLimit("invitation", { meta });
      return acceptInvitation((actor = await currentActor()), token, formObject(form), meta);
    },
    undefined,
    form,
  );
  if (result.ok) {
    const { workspaceSlug, email } = result.data as { workspaceSlug: string; email: string };
    redirect(
      actor
        ? `/w/${workspaceSlug}`
        : `/sign-in?notice=joined&email=${encodeURIComponent(email)}&callbackUrl=${encodeURIComponent(`/w/${workspaceSlug}`)}`,
    );
  }
  return result;
}
