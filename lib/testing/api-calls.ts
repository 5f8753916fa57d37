import { NextRequest } from "next/server";
import type { Role } from "../generated/prisma/enums";
import { createToken } from "../services/accounts/api-tokens";
import { createMember, META, sessionActor, suffix } from "./fixtures";

/**
 * Calls /api/v1 route handlers as Next calls them, with real bearer tokens: the integration
 * tests of the API's own rules (pagination, Idempotency-Key, If-Match, authz by route).
 */
type Handler = (req: NextRequest, ctx: { params: Promise<never> }) => Promise<Response>;

export async function bearer(
  userId: string,
  slug: string,
  scopes: Array<"read" | "write"> = ["read", "write"],
) {
  const owner = await sessionActor(userId);
  const { token } = await createToken(owner, slug, { name: `api-${suffix()}`, scopes, expiresInDays: 7 });
  return token as string;
}

/** A member of `slug` (a new workspace when absent) with a token of the scopes their role may hold. */
export async function memberWithToken(role: Role, slug?: string) {
  const m = await createMember({ role, slug });
  return { ...m, token: await bearer(m.userId, m.slug, role === "viewer" ? ["read"] : ["read", "write"]) };
}

export async function call(
  handler: unknown,
  method: string,
  path: string,
  o: { token?: string; body?: unknown; headers?: Record<string, string>; params?: object } = {},
) {
  const headers: Record<string, string> = {
    "user-agent": META.userAgent!,
    "x-forwarded-for": META.ip!,
    ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
    ...(o.body !== undefined ? { "content-type": "application/json" } : {}),
    ...o.headers,
  };
  const req = new NextRequest(`http://localhost${path}`, {
    method,
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const res = await (handler as Handler)(req, { params: Promise.resolve((o.params ?? {}) as never) });
  const text = await res.text();
  // JSON answers parsed; anything else (JSON lines, files) as its text.
  const isJson = /^application\/json/.test(res.headers.get("content-type") ?? "");
  return { status: res.status, headers: res.headers, body: text ? (isJson ? JSON.parse(text) : text) : null };
}
