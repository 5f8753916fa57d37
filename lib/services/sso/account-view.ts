import "server-only";
import type { Actor } from "../../auth/actor";
import { oidcProviders } from "../../auth/oidc/config";
import { isoDay } from "../evaluations/evaluation-labels";
import { listMyIdentities } from "./linking";

/**
 * The account page's "Single sign-on" card: each configured provider, linked or not. Linking
 * is offered only in a password session (see startSsoLink), so the card says why otherwise.
 */
export async function ssoAccountView(actor: Actor) {
  const providers = oidcProviders();
  if (!providers.length) return null;
  const identities = await listMyIdentities(actor);
  return {
    canLink: !!actor.amr?.includes("pwd") && (!actor.mfaEnrolled || actor.amr.includes("otp")),
    providers: providers.map((p) => {
      const linked = identities.find((i) => i.provider === p.id);
      return {
        id: p.id,
        name: p.name,
        linked: linked
          ? {
              id: linked.id,
              email: linked.email,
              since: isoDay(linked.createdAt),
              lastUsed: linked.lastUsedAt && isoDay(linked.lastUsedAt),
            }
          : null,
      };
    }),
  };
}
