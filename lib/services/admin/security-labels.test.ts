import { describe, expect, it } from "vitest";
import { chainFigure, dependencyAuditLine, mfaRequirement, securityMember } from "./security-labels";

describe("chainFigure", () => {
  it("says intact with the count, or broken with where and why, and notes unsealed events", () => {
    expect(chainFigure({ ok: true, events: 12 })).toEqual({
      value: "Intact",
      detail: "12 events verified just now",
    });
    expect(chainFigure({ ok: true, events: 12, unsealed: 3 }).detail).toBe(
      "12 events verified just now (3 newer not yet sealed)",
    );
    expect(chainFigure({ ok: false, events: 12, brokenAt: "7", reason: "hash mismatch" })).toEqual({
      value: "Broken",
      detail: "at event 7: hash mismatch",
    });
  });
});

describe("dependencyAuditLine", () => {
  it("counts every severity, zeros included, then packages and the day checked", () => {
    const audit = { productionPackages: 140, generatedAt: "2026-11-30T08:00:00.000Z" };
    expect(dependencyAuditLine(audit, { high: 2 })).toBe(
      "Dependency audit: 0 critical, 2 high, 0 moderate, 0 low · 140 production packages · checked 2026-11-30",
    );
  });

  it("says why there is no audit", () => {
    expect(
      dependencyAuditLine({ reason: "no audit was recorded with this build", generatedAt: null }, null),
    ).toBe("Dependency audit unavailable (no audit was recorded with this build)");
    expect(dependencyAuditLine({ generatedAt: "2026-11-30T08:00:00.000Z" }, null)).toBe(
      "Dependency audit unavailable · checked 2026-11-30",
    );
  });
});

describe("mfaRequirement", () => {
  it("offers the opposite of the current rule", () => {
    expect(mfaRequirement(false)).toEqual({
      description: "Optional for members.",
      label: "Require for all members",
      variant: "primary",
      next: "true",
    });
    expect(mfaRequirement(true)).toMatchObject({
      label: "Make optional",
      variant: "secondary",
      next: "false",
    });
  });
});

describe("securityMember", () => {
  const m = { email: "a@example.test", role: "reviewer", placeholder: false, disabled: false, mfa: true };

  it("disables an active member after a confirmation, enables a disabled one without", () => {
    expect(securityMember(m)).toEqual({
      status: "reviewer · 2FA on",
      controls: true,
      toggle: {
        disabled: "true",
        label: "Disable",
        variant: "danger",
        confirm: "Disable a@example.test? Their sessions end at once.",
      },
    });
    const off = securityMember({ ...m, disabled: true, mfa: false });
    expect(off.status).toBe("reviewer · disabled");
    expect(off.toggle).toEqual({
      disabled: "false",
      label: "Enable",
      variant: "secondary",
      confirm: undefined,
    });
  });

  it("gives a placeholder from a restored backup no controls", () => {
    const p = securityMember({ ...m, placeholder: true, disabled: true, mfa: false });
    expect(p).toMatchObject({ status: "reviewer · placeholder from a restored backup", controls: false });
  });
});
