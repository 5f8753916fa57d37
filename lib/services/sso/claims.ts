import { z } from "zod";
import { RFC8176 } from "../../auth/oidc/amr";
import type { OidcProvider } from "../../auth/oidc/config";

/**
 * The ID token claims we use, after next-auth (openid-client) has checked the token's
 * signature, issuer, audience, expiry and nonce. Anything malformed refuses the sign-in
 * rather than being guessed at.
 */
const claimsSchema = z.object({
  iss: z.string().min(1).max(500),
  sub: z.string().min(1).max(255),
  email: z.string().trim().toLowerCase().max(320).optional(),
  // Some providers send "true" as a string; anything else counts as not verified.
  email_verified: z.union([z.boolean(), z.literal("true"), z.literal("false")]).optional(),
  name: z.string().trim().max(200).optional(),
  sid: z.string().min(1).max(255).optional(),
  amr: z.array(z.string().max(20)).max(10).optional(),
});

const groupsSchema = z.union([z.array(z.string().max(255)).max(500), z.string().max(255)]).optional();

export interface SsoClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  sid: string | null;
  amr: string[];
  groups: string[];
}

export function readClaims(provider: OidcProvider, raw: unknown): SsoClaims | null {
  const parsed = claimsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const c = parsed.data;
  const groups = groupsSchema.safeParse((raw as Record<string, unknown>)[provider.groupsClaim]);
  const list = groups.success ? groups.data : undefined;
  return {
    issuer: c.iss,
    subject: c.sub,
    email: c.email && z.email().safeParse(c.email).success ? c.email : null,
    emailVerified: c.email_verified === true || c.email_verified === "true",
    name: c.name || null,
    sid: c.sid ?? null,
    amr: (c.amr ?? []).filter((m) => RFC8176.has(m)),
    groups: typeof list === "string" ? [list] : (list ?? []),
  };
}

/** Whether a verified email's domain is one the provider may create accounts for. */
export const inAllowedDomain = (provider: OidcProvider, email: string) =>
  provider.allowedDomains.includes(email.slice(email.lastIndexOf("@") + 1));

/** Why an SSO sign-in was refused: the sign-in page explains each (?sso=<code>). */
export const SSO_REFUSALS = {
  failed: "Sign-in with your identity provider did not complete. Try again.",
  unreachable:
    "Your identity provider could not be reached, so sign-in did not start. Try again in a moment; if it keeps failing, tell your administrator.",
  unverified_email:
    "Your identity provider did not confirm your email address, so no account can be created for it.",
  not_allowed:
    "Your identity provider account is not allowed to sign in here. Ask a workspace admin for an invitation.",
  account_exists:
    "An account with this email already exists. Sign in with your password, then link your identity provider from your account page.",
  identity_in_use: "That identity provider account is already linked to another account.",
  link_expired: "The link request expired. Start again from your account page.",
} as const;

export type SsoRefusal = keyof typeof SSO_REFUSALS;

export class SsoRefused extends Error {
  constructor(readonly code: SsoRefusal) {
    super(code);
  }
}
