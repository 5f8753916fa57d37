import { safeRedirectPath } from "../../http/redirect-target";

type Param = string | string[] | undefined;

// Where the visitor came from (?notice=): setup, a password reset or an accepted invitation.
// A Map, so ?notice=toString finds nothing rather than a prototype's method.
const NOTICES = new Map([
  ["setup", "Your account is ready. Sign in to continue."],
  ["reset", "Password changed. Sign in with the new one."],
  ["joined", "Account created. Sign in to open the workspace."],
]);

/**
 * The sign-in page from its address: where to go afterwards (same-site paths only), the
 * notice to show, and the email to fill in (cut at the longest address an email can be).
 */
export function signInView(sp: { callbackUrl?: Param; notice?: Param; email?: Param }) {
  return {
    callbackUrl: safeRedirectPath(sp.callbackUrl),
    notice: typeof sp.notice === "string" ? (NOTICES.get(sp.notice) ?? null) : null,
    initialEmail: typeof sp.email === "string" ? sp.email.slice(0, 320) : undefined,
  };
}
