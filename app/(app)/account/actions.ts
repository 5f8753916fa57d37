"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { changePassword } from "@/lib/services/account";
import { revokeAllMyTokens } from "@/lib/services/api-tokens";
import { confirmMfaEnrolment, disableMfa, startMfaEnrolment } from "@/lib/services/mfa";
import { revokeMySession, signOutEverywhere } from "@/lib/services/sessions";

const done = <T>(r: ActionState<T>) => {
  if (r.ok) revalidatePath("/account");
  return r;
};

export async function changePasswordAction(_p: ActionState | null, form: FormData) {
  return done(
    await runAction(
      async () => changePassword(await currentActor(), formObject(form)),
      "Password changed. Your other sessions were signed out.",
    ),
  );
}
export async function startMfaAction(_p: ActionState | null, form: FormData) {
  return runAction(async () => startMfaEnrolment(await currentActor(), formObject(form)));
}
/** No revalidation here: the page would re-render without the recovery codes, shown once. */
export async function confirmMfaAction(_p: ActionState | null, form: FormData) {
  return runAction(
    async () => confirmMfaEnrolment(await currentActor(), formObject(form)),
    "Two-factor authentication is on.",
  );
}
export async function disableMfaAction(_p: ActionState | null, form: FormData) {
  return done(
    await runAction(
      async () => disableMfa(await currentActor(), formObject(form)),
      "Two-factor authentication is off.",
    ),
  );
}
export async function revokeSessionAction(_p: ActionState | null, form: FormData) {
  return done(
    await runAction(
      async () => revokeMySession(await currentActor(), formObject(form)),
      "Session signed out.",
    ),
  );
}
export async function signOutEverywhereAction() {
  return runAction(async () => signOutEverywhere(await currentActor()), "Signed out everywhere.");
}
export async function revokeAllTokensAction() {
  return done(
    await runAction(async () => revokeAllMyTokens(await currentActor()), "Every API token was revoked."),
  );
}
