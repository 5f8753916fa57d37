import type { RequestMeta } from "./actor";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function get(h: HeaderSource, name: string): string | null {
  if (!h) return null;
  if (h instanceof Headers) return h.get(name);
  const v = h[name];
  return Array.isArray(v) ? v.join(",") : v ?? null;
}

/**
 * The client's address: Next appends the socket's address to X-Forwarded-For, so the
 * rightmost entry is the peer. Behind N trusted reverse proxies (TRUST_PROXY_HOPS=N) the
 * client is N entries further left; anything further left is client-supplied and ignored.
 */
export function requestMeta(h: HeaderSource): RequestMeta {
  const chain = (get(h, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const hops = Math.max(0, Number(process.env.TRUST_PROXY_HOPS ?? 0) || 0);
  const ip = chain.length ? chain[Math.max(0, chain.length - 1 - hops)] : null;
  return { ip: ip?.slice(0, 64) ?? null, userAgent: get(h, "user-agent")?.slice(0, 400) ?? null };
}
