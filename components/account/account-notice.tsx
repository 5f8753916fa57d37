import type { AccountNoticeKind } from "@/lib/services/accounts/account-page";
import type { SignOutAction } from "../auth/use-sign-out";
import { SignInAgain } from "./sign-in-again";

const SIGN_IN_AGAIN: Record<Exclude<AccountNoticeKind, "setup-required">, { text: string; label: string }> = {
  "sign-in-again": {
    text: "A workspace you belong to requires two-factor authentication, and this session was opened with your password only. Sign in again with your code to open it.",
    label: "Sign out and sign in with your code",
  },
  "provider-sign-in-again": {
    text: "A workspace you belong to requires two-factor authentication, and your identity provider did not report a second factor for this sign-in. Sign in again with your provider and its second factor to open it.",
    label: "Sign out and sign in again",
  },
  "sso-required": {
    text: "A workspace you belong to requires single sign-on, and this session was opened with your password. Sign in with your identity provider to open it.",
    label: "Sign out and sign in with single sign-on",
  },
};

/**
 * Why a workspace sent the user here, and the way to fix it. Single sign-on needs a linked
 * identity first (an unlinked provider account with the same email is refused), and linking
 * needs this very password session: without one, the notice points to the card below.
 */
export function AccountNotice({
  notice,
  signOut,
  ssoLinked = true,
}: {
  notice: AccountNoticeKind | null;
  signOut: SignOutAction;
  ssoLinked?: boolean;
}) {
  if (!notice) return null;
  if (notice === "sso-required" && !ssoLinked)
    return (
      <p
        role="alert"
        className="rounded-md border border-danger px-3 py-2 text-sm text-danger"
        data-testid="notice-sso-link-first"
      >
        A workspace you belong to requires single sign-on, and no identity provider is linked to your account
        yet. Link yours under Single sign-on below, then sign out and sign in with it.
      </p>
    );
  if (notice === "setup-required")
    return (
      <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
        A workspace you belong to requires two-factor authentication. Set it up below to open it.
      </p>
    );
  const { text, label } = SIGN_IN_AGAIN[notice];
  return (
    <div
      role="alert"
      className="grid gap-2 rounded-md border border-danger px-3 py-2 text-sm text-danger"
      data-testid={notice === "sign-in-again" ? "mfa-sign-in-again" : `notice-${notice}`}
    >
      <p>{text}</p>
      <div>
        <SignInAgain label={label} action={signOut} />
      </div>
    </div>
  );
}
