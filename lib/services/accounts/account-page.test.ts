import { describe, expect, it } from "vitest";
import { accountNotice, sessionLine } from "./account-page";

describe("accountNotice", () => {
  const password = (mfaOn: boolean) => ({ mfaOn, ssoSession: false });
  const sso = { mfaOn: false, ssoSession: true };

  it("asks to sign in again whatever the 2FA state; asks to set 2FA up only while it is off", () => {
    expect(accountNotice({ mfa: "sign-in-again" }, password(true))).toBe("sign-in-again");
    expect(accountNotice({ mfa: "sign-in-again" }, password(false))).toBe("sign-in-again");
    expect(accountNotice({ mfa: "required" }, password(false))).toBe("setup-required");
    expect(accountNotice({ mfa: "required" }, password(true))).toBeNull();
  });

  it("sends a single sign-on session back to its provider for the second factor", () => {
    expect(accountNotice({ mfa: "sign-in-again" }, sso)).toBe("provider-sign-in-again");
  });

  it("asks a password session, and only a password session, to sign in through single sign-on", () => {
    expect(accountNotice({ sso: "required" }, password(true))).toBe("sso-required");
    expect(accountNotice({ sso: "required", mfa: "sign-in-again" }, password(false))).toBe("sso-required");
    expect(accountNotice({ sso: "required" }, sso)).toBeNull();
  });

  it("ignores anything else in the address", () => {
    for (const v of [undefined, "", "other", ["required"]]) {
      expect(accountNotice({ mfa: v }, password(false))).toBeNull();
      expect(accountNotice({ sso: v }, password(false))).toBeNull();
    }
  });
});

describe("sessionLine", () => {
  it("cuts the user agent short and times the last use in UTC to the minute", () => {
    const ua = "Mozilla/5.0 ".repeat(10);
    expect(
      sessionLine({ userAgent: ua, ip: "10.0.0.1", lastSeenAt: new Date("2026-12-03T09:08:07Z") }),
    ).toEqual({
      browser: ua.slice(0, 60),
      ip: "10.0.0.1",
      lastSeen: "2026-12-03 09:08",
    });
  });

  it("names what is unknown", () => {
    expect(sessionLine({ userAgent: null, ip: null, lastSeenAt: new Date(0) })).toMatchObject({
      browser: "Unknown browser",
      ip: "unknown IP",
    });
  });
});
