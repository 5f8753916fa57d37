import type { IncomingHttpHeaders } from "node:http";

/** TRUST_PROXY_HOPS as a count: anything but a small non-negative integer means "no proxy". */
export function proxyHops(raw: string | undefined): number {
  const n = Number(raw ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 20 ? n : 0;
}

const split = (h: string | string[] | undefined) =>
  (Array.isArray(h) ? h.join(",") : (h ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The part of the forwarding chain we can vouch for, client first. Each trusted proxy appends
 * the address it received the request from, and the socket's peer is the last hop; so with N
 * trusted proxies the client is N entries left of the peer, and everything further left was
 * written by the client itself. With no trusted proxy the chain is just the peer.
 */
export function trustedChain(
  header: string | string[] | undefined,
  peer: string | undefined,
  hops: number,
): string[] {
  const full = [...(hops > 0 ? split(header) : []), ...(peer ? [peer] : [])];
  return full.slice(Math.max(0, full.length - 1 - hops));
}

/** Headers only a trusted proxy may set: dropped when there is none (Next refills them from the socket). */
const PROXY_ONLY = ["forwarded", "x-real-ip", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Rewrites a request's headers before Next sees them: X-Forwarded-For becomes the trusted
 * chain (so `requestMeta` reads the real client), and with no trusted proxy the other
 * forwarding headers go too. Next only fills X-Forwarded-For when it is absent, so without
 * this a client-sent value would survive as the "client address" (lockout and audit).
 */
export function applyTrustedForwarding(
  headers: IncomingHttpHeaders,
  peer: string | undefined,
  hops: number,
): void {
  const chain = trustedChain(headers["x-forwarded-for"], peer, hops);
  if (chain.length) headers["x-forwarded-for"] = chain.join(", ");
  else delete headers["x-forwarded-for"];
  if (hops === 0) for (const h of PROXY_ONLY) delete headers[h];
}
