import { z } from "zod";
import { AppError } from "../../errors/app-error";

/**
 * OpenID Connect providers, from the environment. One provider needs only
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (its id is "oidc"); several are listed in
 * OIDC_PROVIDERS ("corp,partner") and each reads OIDC_<ID>_ISSUER and so on. A setting that is
 * wrong stops `npm start` with the variable's name, not the first person who signs in.
 */
export interface OidcProvider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains whose verified addresses get an account just in time. */
  allowedDomains: string[];
  /** The ID token claim holding the person's groups (for workspace role mapping). */
  groupsClaim: string;
  scopes: string;
}

export class OidcConfigError extends Error {}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

const issuerSchema = z.url().refine((raw) => {
  const u = new URL(raw);
  // Plain http only on this machine (tests, a local IdP): anywhere else it would let a network
  // attacker answer as the identity provider.
  return (
    (u.protocol === "https:" || (u.protocol === "http:" && LOOPBACK.has(u.hostname))) && !u.search && !u.hash
  );
}, "must be an https URL (http only on loopback), without query or fragment");

const domainList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "must be a comma-separated list of domains")));

const providerId = z.string().regex(/^[a-z][a-z0-9]{0,30}$/, "ids are lower-case letters and digits");

function readProvider(env: NodeJS.ProcessEnv, id: string, prefix: string): OidcProvider {
  const get = (key: string) => env[`${prefix}${key}`]?.trim() || undefined;
  const need = (key: string) => {
    const value = get(key);
    if (!value) throw new OidcConfigError(`${prefix}${key} is required for the "${id}" sign-in provider`);
    return value;
  };
  const issuer = issuerSchema.safeParse(need("ISSUER"));
  if (!issuer.success) throw new OidcConfigError(`${prefix}ISSUER ${issuer.error.issues[0].message}`);
  const domains = domainList.safeParse(get("ALLOWED_DOMAINS") ?? "");
  if (!domains.success)
    throw new OidcConfigError(`${prefix}ALLOWED_DOMAINS ${domains.error.issues[0].message}`);
  const name = get("NAME") ?? "SSO";
  if (name.length > 60) throw new OidcConfigError(`${prefix}NAME must be at most 60 characters`);
  return {
    id,
    name,
    issuer: issuer.data.replace(/\/+$/, ""),
    clientId: need("CLIENT_ID"),
    clientSecret: need("CLIENT_SECRET"),
    allowedDomains: domains.data,
    groupsClaim: get("GROUPS_CLAIM") ?? "groups",
    scopes: get("SCOPES") ?? "openid email profile",
  };
}

/** The configured providers (none when no OIDC variable is set). Throws OidcConfigError. */
export function readOidcProviders(env: NodeJS.ProcessEnv = process.env): OidcProvider[] {
  const list = env.OIDC_PROVIDERS?.trim();
  if (!list) return env.OIDC_ISSUER ? [readProvider(env, "oidc", "OIDC_")] : [];
  const ids = list.split(",").map((s) => s.trim().toLowerCase());
  for (const id of ids) {
    const ok = providerId.safeParse(id);
    if (!ok.success) throw new OidcConfigError(`OIDC_PROVIDERS: "${id}": ${ok.error.issues[0].message}`);
  }
  if (new Set(ids).size !== ids.length) throw new OidcConfigError("OIDC_PROVIDERS names a provider twice");
  // "credentials" is next-auth's id for the password form.
  if (ids.includes("credentials")) throw new OidcConfigError('OIDC_PROVIDERS: "credentials" is reserved');
  return ids.map((id) => readProvider(env, id, `OIDC_${id.toUpperCase()}_`));
}

let cached: OidcProvider[] | undefined;

/** Read once per process; `npm start` has already refused a bad configuration. */
export function oidcProviders(): OidcProvider[] {
  cached ??= readOidcProviders();
  return cached;
}

export function oidcProvider(id: unknown): OidcProvider | undefined {
  return oidcProviders().find((p) => p.id === id);
}

/** A provider named in a form or request: an unknown one is a 400 naming `provider`. */
export function requiredProvider(id: string): OidcProvider {
  const provider = oidcProvider(id);
  if (!provider)
    throw new AppError("validation_failed", "Unknown provider.", [
      { field: "provider", message: "Unknown provider." },
    ]);
  return provider;
}
