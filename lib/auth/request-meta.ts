import { proxyHops } from "../http/forwarded-for";
import type { RequestMeta } from "./actor";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function get(h: HeaderSource, name: string): string | null {
  if (!h) return null;
  if (h instanceof Headers) return h.get(name);
  const v = h[name];
  return Array.isArray(v) ? v.join(",") : (v ?? null);
}

/**
 * The client's address. scripts/serve.ts rewrites X-Forwarded-For before Next sees it to the
 * trusted chain ending with the socket's peer (lib/http/forwarded-for.ts): just the peer with
 * no trusted proxy, else client … peer. Reading N from the right here gives the same answer and
 * never reads further left than the trusted proxies vouch for.
 */
export function requestMeta(h: HeaderSource): RequestMeta {
  const chain = (get(h, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = proxyHops(process.env.TRUST_PROXY_HOPS);
  const ip = chain.length ? chain[Math.max(0, chain.length - 1 - hops)] : null;
  return { ip: ip?.slice(0, 64) ?? null, userAgent: get(h, "user-agent")?.slice(0, 400) ?? null };
}
