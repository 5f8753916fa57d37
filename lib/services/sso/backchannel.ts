import "server-only";
import { errors, jwtVerify } from "jose";
import { z } from "zod";
import { recordAudit } from "../../audit/record";
import type { RequestMeta } from "../../auth/actor";
import type { OidcProvider } from "../../auth/oidc/config";
import { providerKeys, providerMetadata } from "../../auth/oidc/discovery";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";

const LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
const MAX_AGE_S = 300;

const logoutClaims = z
  .object({
    iss: z.string(),
    jti: z.string().min(1).max(255),
    iat: z.number(),
    sub: z.string().min(1).max(255).optional(),
    sid: z.string().min(1).max(255).optional(),
    events: z
      .record(z.string(), z.unknown())
      .refine((e) => typeof e[LOGOUT_EVENT] === "object", "no logout event"),
    nonce: z.undefined({ error: "a logout token has no nonce" }).optional(),
  })
  .refine((c) => c.sub || c.sid, "names neither sub nor sid");

const invalid = (message: string) =>
  new AppError("validation_failed", message, [{ field: "logout_token", message }]);

/**
 * OpenID Connect Back-Channel Logout 1.0: the provider posts a signed logout token naming a
 * person (`sub`) or one of its sessions (`sid`), and we end the matching sessions at once.
 * The token is checked as the spec asks (signature by the provider's keys, issuer, audience =
 * our client id, age, the logout event, no nonce) and each `jti` is accepted once.
 */
export async function backchannelLogout(provider: OidcProvider, logoutToken: string, meta: RequestMeta) {
  const { issuer } = await providerMetadata(provider);
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(logoutToken, await providerKeys(provider), {
      issuer,
      audience: provider.clientId,
      maxTokenAge: MAX_AGE_S,
      clockTolerance: 30,
      typ: undefined,
    }));
  } catch (err) {
    if (err instanceof errors.JOSEError) throw invalid(`The logout token was refused (${err.code}).`);
    throw err;
  }
  const parsed = logoutClaims.safeParse(payload);
  if (!parsed.success) throw invalid(`The logout token is malformed: ${parsed.error.issues[0].message}.`);
  const c = parsed.data;
  return db().$transaction(async (tx) => {
    const fresh = await tx.oidcLogoutToken.createMany({
      data: [{ issuer: c.iss, jti: c.jti, expiresAt: new Date((c.iat + MAX_AGE_S + 60) * 1000) }],
      skipDuplicates: true,
    });
    if (!fresh.count) throw invalid("This logout token was used already.");
    await tx.oidcLogoutToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    const { count } = await tx.session.updateMany({
      where: {
        revokedAt: null,
        identity: { issuer: c.iss, ...(c.sub ? { subject: c.sub } : {}) },
        ...(c.sid ? { oidcSid: c.sid } : {}),
      },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, {
      action: "auth.sso_backchannel_logout",
      meta,
      targetType: "sso_identity",
      after: { provider: provider.id, subject: c.sub ?? null, sid: c.sid ?? null, sessionsEnded: count },
    });
    return count;
  });
}
