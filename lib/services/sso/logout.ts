import "server-only";
import type { Actor } from "../../auth/actor";
import { oidcProvider } from "../../auth/oidc/config";
import { providerMetadata } from "../../auth/oidc/discovery";
import { publicOrigin } from "../../http/public-url";

/**
 * OpenID Connect RP-Initiated Logout: after our session is revoked, a single sign-on browser
 * is sent to the provider's end-session endpoint so the provider's session ends too (and, with
 * it, the other applications'). Null when the session was a password one or the provider
 * has no such endpoint; signing out here still ends our session either way.
 */
export async function ssoLogoutUrl(actor: Actor): Promise<string | null> {
  const provider = actor.ssoProvider ? oidcProvider(actor.ssoProvider) : undefined;
  if (!provider) return null;
  const metadata = await providerMetadata(provider).catch(() => null);
  if (!metadata?.end_session_endpoint) return null;
  const url = new URL(metadata.end_session_endpoint);
  url.searchParams.set("client_id", provider.clientId);
  url.searchParams.set("post_logout_redirect_uri", `${publicOrigin()}/sign-in`);
  return url.toString();
}
