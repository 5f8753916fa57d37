import "server-only";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import type { OidcProvider } from "../../auth/oidc/config";
import { db } from "../../db";
import type { SsoRefusal } from "./claims";

/** A refused SSO sign-in is audited with what the provider asserted (not trusted, just kept). */
export async function recordSsoRefusal(
  provider: OidcProvider,
  code: SsoRefusal | "token_rejected",
  claims: unknown,
  meta: RequestMeta,
) {
  const c = (claims ?? {}) as { email?: unknown; sub?: unknown };
  const text = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : null);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "auth.sso_refused",
      actorEmail: text(c.email, 320),
      meta,
      after: { provider: provider.id, reason: code, subject: text(c.sub, 255) },
    }),
  );
}
