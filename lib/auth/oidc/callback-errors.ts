import "server-only";
import { recordSsoRefusal } from "../../services/sso/refusals";
import { requestMeta } from "../request-meta";
import { oidcProvider } from "./config";
import { authRequest } from "./request-context";

/**
 * next-auth reports a provider answer it refused (a bad ID token signature, a wrong nonce or
 * issuer, a failed code exchange) only through its logger; such an attempt is audited, since
 * it may be someone forging tokens. The person sees the sign-in page's "did not complete".
 */
export function logNextAuthError(code: string, metadata: unknown) {
  console.error("next-auth error", code, metadata instanceof Error ? metadata.message : "");
  if (!code.startsWith("OAUTH_CALLBACK")) return;
  const req = authRequest.getStore();
  const providerId = req?.nextUrl.pathname.split("/").pop();
  const provider = oidcProvider(providerId);
  if (provider && req)
    void recordSsoRefusal(provider, "token_rejected", null, requestMeta(req.headers)).catch(() => {});
}
