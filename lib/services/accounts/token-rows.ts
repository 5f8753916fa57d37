/** A token's state as its table shows it: revocation wins over expiry. */
export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(t: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenStatus {
  if (t.revokedAt) return "revoked";
  return t.expiresAt < now ? "expired" : "active";
}

/** Minutes are enough to tell tokens apart; UTC, like the rest of the app's dates. */
const minute = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");

/** A row of the workspace's token table; only an active token can still be revoked. */
export function tokenRow(
  t: {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    expiresAt: Date;
    lastUsedAt: Date | null;
    revokedAt: Date | null;
  },
  now: Date,
) {
  const status = tokenStatus(t, now);
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes.join(", "),
    expires: minute(t.expiresAt),
    lastUsed: minute(t.lastUsedAt),
    status,
    revocable: status === "active",
  };
}
