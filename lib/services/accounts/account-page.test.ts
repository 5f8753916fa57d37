import { describe, expect, it } from "vitest";
import { accountNotice, sessionLine } from "./account-page";

describe("accountNotice", () => {
  it("asks to sign in again whatever the 2FA state; asks to set 2FA up only while it is off", () => {
    expect(accountNotice("sign-in-again", true)).toBe("sign-in-again");
    expect(accountNotice("sign-in-again", false)).toBe("sign-in-again");
    expect(accountNotice("required", false)).toBe("setup-required");
    expect(accountNotice("required", true)).toBeNull();
  });

  it("ignores anything else in the address", () => {
    for (const mfa of [undefined, "", "other", ["required"]]) expect(accountNotice(mfa, false)).toBeNull();
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
