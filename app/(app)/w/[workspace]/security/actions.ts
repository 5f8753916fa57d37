"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import {
  issuePasswordReset,
  massCredentialReset,
  setUserDisabled,
  unlockUser,
} from "@/lib/services/security-admin";
import { updateWorkspaceSettings } from "@/lib/services/workspaces";

async function act<T>(
  slug: string,
  fn: () => Promise<T>,
  message: string,
  form?: FormData,
): Promise<ActionState<T>> {
  const result = await runAction(fn, message, form);
  if (result.ok) revalidatePath(`/w/${slug}/security`);
  return result;
}

export async function requireMfaAction(slug: string, _p: ActionState | null, form: FormData) {
  const requireMfa = form.get("requireMfa") === "true";
  return act(
    slug,
    async () => updateWorkspaceSettings(await currentActor(), slug, { requireMfa }),
    requireMfa ? "Two-factor authentication is now required." : "Two-factor authentication is now optional.",
  );
}
export async function unlockAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(slug, async () => unlockUser(await currentActor(), slug, formObject(form)), "Account unlocked.");
}
export async function disableAction(slug: string, _p: ActionState | null, form: FormData) {
  const disabled = form.get("disabled") === "true";
  return act(
    slug,
    async () => setUserDisabled(await currentActor(), slug, { userId: form.get("userId"), disabled }),
    disabled ? "User disabled; their sessions ended." : "User enabled.",
  );
}
export async function resetLinkAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(
    slug,
    async () => {
      const r = await issuePasswordReset(await currentActor(), slug, formObject(form));
      return r;
    },
    "Reset link created (valid 24 h, single use). Hand it over securely.",
  );
}
export async function massResetAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(
    slug,
    async () => massCredentialReset(await currentActor(), slug, formObject(form)),
    "All other members' passwords, sessions and this workspace's API tokens were revoked.",
    form,
  );
}
