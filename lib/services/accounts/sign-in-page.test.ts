import { describe, expect, it } from "vitest";
import { signInView } from "./sign-in-page";

describe("signInView", () => {
  it("names the notice of setup, reset and joining, and none for anything else", () => {
    expect(signInView({ notice: "setup" }).notice).toBe("Your account is ready. Sign in to continue.");
    expect(signInView({ notice: "reset" }).notice).toBe("Password changed. Sign in with the new one.");
    expect(signInView({ notice: "joined" }).notice).toBe("Account created. Sign in to open the workspace.");
    for (const notice of [undefined, "toString", "constructor", ["setup"], "other"])
      expect(signInView({ notice }).notice).toBeNull();
  });

  it("returns to same-site paths only, /w by default", () => {
    expect(signInView({ callbackUrl: "/w/acme" }).callbackUrl).toBe("/w/acme");
    expect(signInView({ callbackUrl: "//evil.example" }).callbackUrl).toBe("/w");
    expect(signInView({}).callbackUrl).toBe("/w");
  });

  it("fills in one email, at most 320 characters", () => {
    expect(signInView({ email: "a@example.test" }).initialEmail).toBe("a@example.test");
    expect(signInView({ email: "x".repeat(400) }).initialEmail).toHaveLength(320);
    expect(signInView({ email: ["a", "b"] }).initialEmail).toBeUndefined();
  });

  it("explains a provider that could not be reached apart from an answer that failed its checks", () => {
    expect(signInView({ error: "OAuthSignin" }).ssoError).toMatch(/could not be reached/);
    for (const error of ["OAuthCallback", "Callback", "AccessDenied"])
      expect(signInView({ error }).ssoError).toMatch(/did not complete/);
    expect(signInView({ sso: "account_exists" }).ssoError).toMatch(/already exists/);
    for (const v of [undefined, "Other", ["OAuthSignin"], "toString"]) {
      expect(signInView({ error: v }).ssoError).toBeNull();
      expect(signInView({ sso: v }).ssoError).toBeNull();
    }
  });
});
