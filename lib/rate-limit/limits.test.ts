import { describe, expect, it } from "vitest";
import { effectiveLimits, RATE_LIMITS } from "./limits";

describe("rate limits table and the RATE_LIMITS override", () => {
  it("uses the table when unset", () => {
    const limits = effectiveLimits(undefined);
    expect(limits.sharePdf).toEqual({ max: 10, windowSeconds: 60 });
    expect(limits.setup).toEqual({ max: 10, windowSeconds: 900 });
    expect(Object.keys(limits)).toEqual(Object.keys(RATE_LIMITS));
  });

  it("switches every limit off, or one, or every limit keyed by address", () => {
    expect(Object.values(effectiveLimits("off")).every((l) => l === null)).toBe(true);
    expect(effectiveLimits("signIn=off")).toMatchObject({ signIn: null, sharePdf: { max: 10 } });
    const byIp = effectiveLimits("ip=off");
    expect([
      byIp.shareView,
      byIp.sharePdf,
      byIp.setup,
      byIp.signIn,
      byIp.invitation,
      byIp.passwordReset,
    ]).toEqual([null, null, null, null, null, null]);
    expect(byIp.report).toEqual({ max: 30, windowSeconds: 60 });
  });

  it("multiplies, or replaces max and window, in order", () => {
    expect(effectiveLimits("*=x10").shareView).toEqual({ max: 1200, windowSeconds: 60 });
    expect(effectiveLimits("sharePdf=3/5").sharePdf).toEqual({ max: 3, windowSeconds: 5 });
    expect(effectiveLimits("export=7").export).toEqual({ max: 7, windowSeconds: 60 });
    expect(effectiveLimits("*=off,report=2/30").report).toEqual({ max: 2, windowSeconds: 30 });
  });

  it("refuses a typo instead of silently keeping (or dropping) limits", () => {
    expect(() => effectiveLimits("sharepdf=off")).toThrow(/unknown limit "sharepdf"/);
    expect(() => effectiveLimits("signIn=0")).toThrow(/cannot read/);
    expect(() => effectiveLimits("signIn=fast")).toThrow(/cannot read/);
  });
});
