"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { currentActor } from "@/lib/auth/current";
import { runAction } from "@/lib/http/action";
import { AllTextFields } from "@/lib/http/form-fields";
import { accountAction } from "@/lib/http/workspace-action";
import { changePassword } from "@/lib/services/accounts/account";
import { revokeAllMyTokens } from "@/lib/services/accounts/api-tokens";
import { confirmMfaEnrolment, disableMfa, startMfaEnrolment } from "@/lib/services/accounts/mfa";
import { revokeMySession, signOutEverywhere } from "@/lib/services/accounts/sessions";
import { cancelSsoLink, confirmSsoLink, startSsoLink, unlinkSso } from "@/lib/services/sso/linking";

const account = { revalidate: () => ["/account"] };

export const changePasswordAction = accountAction(AllTextFields, changePassword, {
  ...account,
  success: "Password changed. Your other sessions were signed out.",
});
export const startMfaAction = accountAction(AllTextFields, startMfaEnrolment);
/** No revalidation here: the page would re-render without the recovery codes, shown once. */
export const confirmMfaAction = accountAction(AllTextFields, confirmMfaEnrolment, {
  success: "Two-factor authentication is on.",
});
export const disableMfaAction = accountAction(AllTextFields, disableMfa, {
  ...account,
  success: "Two-factor authentication is off.",
});
export const revokeSessionAction = accountAction(AllTextFields, revokeMySession, {
  ...account,
  success: "Session signed out.",
});
/** Called by a button's handler, not a form: nothing to decode. */
export async function signOutEverywhereAction() {
  return runAction(async () => signOutEverywhere(await currentActor()), "Signed out everywhere.");
}
export const revokeAllTokensAction = accountAction(z.object({}), (actor) => revokeAllMyTokens(actor), {
  ...account,
  success: "Every API token was revoked.",
});
export const startSsoLinkAction = accountAction(AllTextFields, startSsoLink);
export const unlinkSsoAction = accountAction(AllTextFields, unlinkSso, {
  ...account,
  success: "Unlinked. The sessions it opened were signed out.",
});
/** Back to the account page, whose Single sign-on card now shows the link. */
export const confirmSsoLinkAction = accountAction(z.object({}), (actor) => confirmSsoLink(actor), {
  revalidate: () => ["/account"],
  then: () => redirect("/account"),
});
export const cancelSsoLinkAction = accountAction(z.object({}), (actor) => cancelSsoLink(actor), {
  success: "Link cancelled.",
});
