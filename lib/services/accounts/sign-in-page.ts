import { oidcProviders } from "../../auth/oidc/config";
import { safeRedirectPath } from "../../http/redirect-target";
import { SSO_REFUSALS, type SsoRefusal } from "../sso/claims";

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
export function signInView(sp: {
  callbackUrl?: Param;
  notice?: Param;
  email?: Param;
  sso?: Param;
  error?: Param;
}) {
  return {
    providers: oidcProviders().map(({ id, name }) => ({ id, name })),
    ssoError: ssoProblem(sp),
    callbackUrl: safeRedirectPath(sp.callbackUrl),
    notice: typeof sp.notice === "string" ? (NOTICES.get(sp.notice) ?? null) : null,
    initialEmail: typeof sp.email === "string" ? sp.email.slice(0, 320) : undefined,
  };
}

/**
 * An SSO attempt that came back refused: ?sso=<reason> from our own callback, or next-auth's
 * ?error=…: OAuthSignin when it could not even start (the provider's discovery document did not
 * load: the provider is down or unreachable), other OAuth… codes when the provider's answer
 * failed its checks (a tampered token among them) or the person cancelled there.
 */
function ssoProblem(sp: { sso?: Param; error?: Param }): string | null {
  if (typeof sp.sso === "string" && Object.hasOwn(SSO_REFUSALS, sp.sso))
    return SSO_REFUSALS[sp.sso as SsoRefusal];
  if (sp.error === "OAuthSignin") return SSO_REFUSALS.unreachable;
  if (typeof sp.error === "string" && /^OAuth|^Callback$|^AccessDenied$/.test(sp.error))
    return SSO_REFUSALS.failed;
  return null;
}
