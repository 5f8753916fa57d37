import "server-only";
import { createRemoteJWKSet } from "jose";
import { z } from "zod";
import type { OidcProvider } from "./config";

/**
 * The provider's discovery document, for what next-auth does not do for us: the JWKS that signs
 * back-channel logout tokens and the end-session endpoint. Fetched with a timeout and a size
 * cap, checked to name the configured issuer, and kept for ten minutes.
 */
const metadataSchema = z.object({
  issuer: z.string(),
  jwks_uri: z.url(),
  end_session_endpoint: z.url().optional(),
});

export type OidcMetadata = z.infer<typeof metadataSchema>;

const TTL_MS = 10 * 60_000;
const MAX_BYTES = 64 * 1024;
const cache = new Map<string, { at: number; metadata: Promise<OidcMetadata> }>();
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

async function fetchMetadata(provider: OidcProvider): Promise<OidcMetadata> {
  const res = await fetch(`${provider.issuer}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(5000),
    redirect: "error",
  });
  if (!res.ok) throw new Error(`discovery answered ${res.status}`);
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new Error("discovery document too large");
  return metadataSchema.parse(JSON.parse(text));
}

export async function providerMetadata(provider: OidcProvider): Promise<OidcMetadata> {
  const hit = cache.get(provider.id);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.metadata;
  const metadata = fetchMetadata(provider);
  cache.set(provider.id, { at: Date.now(), metadata });
  metadata.catch(() => cache.delete(provider.id));
  return metadata;
}

/** The provider's signing keys (jose caches them and refetches on an unknown key id). */
export async function providerKeys(provider: OidcProvider) {
  const { jwks_uri } = await providerMetadata(provider);
  let keys = keySets.get(jwks_uri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwks_uri), { timeoutDuration: 5000 });
    keySets.set(jwks_uri, keys);
  }
  return keys;
}
