import { describe, expect, it } from "vitest";
import { tokenRow, tokenStatus } from "./token-rows";

const now = new Date("2026-05-01T12:00:00Z");
const token = {
  id: "t1",
  name: "CI",
  prefix: "ifs_ab12",
  scopes: ["read", "write"],
  expiresAt: new Date("2026-06-01T08:30:45Z"),
  lastUsedAt: null,
  revokedAt: null,
};

describe("tokenStatus", () => {
  it("is revoked once revoked, even if expired too; else expired after its expiry; else active", () => {
    const past = new Date("2026-04-01T00:00:00Z");
    expect(tokenStatus({ revokedAt: past, expiresAt: past }, now)).toBe("revoked");
    expect(tokenStatus({ revokedAt: null, expiresAt: past }, now)).toBe("expired");
    expect(tokenStatus({ revokedAt: null, expiresAt: token.expiresAt }, now)).toBe("active");
  });
});

describe("tokenRow", () => {
  it("shows dates to the minute (UTC), 'never' for a token not used yet, and offers revoking an active one", () => {
    expect(tokenRow(token, now)).toEqual({
      id: "t1",
      name: "CI",
      prefix: "ifs_ab12",
      scopes: "read, write",
      expires: "2026-06-01 08:30",
      lastUsed: "never",
      status: "active",
      revocable: true,
    });
  });

  it("offers nothing to revoke on an expired or revoked token", () => {
    const expired = tokenRow({ ...token, expiresAt: new Date("2026-04-30T00:00:00Z") }, now);
    expect([expired.status, expired.revocable]).toEqual(["expired", false]);
    const revoked = tokenRow({ ...token, revokedAt: now, lastUsedAt: now }, now);
    expect([revoked.status, revoked.revocable, revoked.lastUsed]).toEqual([
      "revoked",
      false,
      "2026-05-01 12:00",
    ]);
  });
});
