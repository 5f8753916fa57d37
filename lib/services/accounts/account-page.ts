import "server-only";
import { requireSessionActor, type Actor } from "../../auth/actor";
import { getMyAccount } from "./account";
import { listAllMyTokens } from "./api-tokens";
import { listMySessions } from "./sessions";

/** Times on the account page: UTC to the minute. */
const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

export type AccountNoticeKind =
  "sign-in-again" | "provider-sign-in-again" | "setup-required" | "sso-required";

/**
 * Why the user was sent here (`?mfa=` or `?sso=` from or404): a workspace needs a session opened
 * with a second factor (the provider's, for a single sign-on session), needs 2FA set up — only
 * while it is not on yet — or needs a single sign-on session, which a password session is not.
 */
export function accountNotice(
  params: { mfa?: unknown; sso?: unknown },
  state: { mfaOn: boolean; ssoSession: boolean },
): AccountNoticeKind | null {
  if (params.sso === "required" && !state.ssoSession) return "sso-required";
  if (params.mfa === "sign-in-again") return state.ssoSession ? "provider-sign-in-again" : "sign-in-again";
  if (params.mfa === "required" && !state.mfaOn) return "setup-required";
  return null;
}

type Session = { userAgent: string | null; ip: string | null; lastSeenAt: Date };

/** A session as listed: its browser (the user agent, cut short), address and last use. */
export function sessionLine(s: Session) {
  return {
    browser: s.userAgent?.slice(0, 60) ?? "Unknown browser",
    ip: s.ip ?? "unknown IP",
    lastSeen: when(s.lastSeenAt),
  };
}

/** The account page: the user, their live sessions and their tokens in every workspace. */
export async function accountPage(actor: Actor | null, params: { mfa?: unknown; sso?: unknown } = {}) {
  const me = requireSessionActor(actor);
  const [account, sessions, tokens] = await Promise.all([
    getMyAccount(me),
    listMySessions(me),
    listAllMyTokens(me),
  ]);
  return {
    account,
    notice: accountNotice(params, { mfaOn: !!account.mfaEnabledAt, ssoSession: !!me.ssoProvider }),
    mfa: account.mfaEnabledAt
      ? { since: when(account.mfaEnabledAt), recoveryCodesLeft: account.recoveryCodesLeft }
      : null,
    passwordChanged: when(account.passwordChangedAt),
    sessions: sessions.map((s) => ({ ...s, ...sessionLine(s) })),
    tokens,
  };
}
