/**
 * Single sign-on through the test OpenID Provider (scripts/testing/oidc-op.ts), which the e2e
 * server starts beside the app. Its users need no setup: the login typed on its dev login page
 * is the email and the subject, `+admins`/`+reviewers` in the local part put the user in
 * scorecard-admins/-reviewers, and a local part starting with `unverified` has an unverified
 * email (see accountClaims in scripts/testing/oidc-op-config.ts).
 */
import { expect, type Page } from "@playwright/test";
import { serverState } from "./helpers";

/** The OP's issuer and the tampering proxy in front of it (the "Tampered IdP" provider). */
export const opUrls = () => {
  const { oidcIssuer, oidcTamperUrl } = serverState();
  return { issuer: oidcIssuer, tamperUrl: oidcTamperUrl };
};

/**
 * From our /sign-in page (opened with `callbackUrl` when the page is elsewhere): clicks
 * "Sign in with <provider>", signs in on the OP's login page as `email` when it asks (an OP
 * session of an earlier sign-in skips it: call opLogout first to switch users), and answers
 * its consent page with Continue, or with Cancel when `consent` is false. Returns once back
 * on the app: the callbackUrl, or /sign-in with an error.
 */
export async function ssoSignIn(
  page: Page,
  { email, provider = "Corp SSO", consent = true, callbackUrl = "/w" }: SsoOptions,
) {
  const op = new URL(opUrls().issuer).origin;
  // The OP's dev pages import a web font; the test machines are offline.
  await page.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
  if (!page.url().startsWith("http") || new URL(page.url()).pathname !== "/sign-in") {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  }
  await expect(page.locator("form[data-ready]")).toBeVisible();

  // The next page that matters: one of the OP's interaction pages, or the app again past the
  // next-auth routes that only redirect.
  const passing = /^\/api\/auth\/(signin|callback)\//;
  const next = (from: string, act: () => Promise<void>) =>
    Promise.all([
      page.waitForURL(
        (url) =>
          url.href !== from &&
          (url.origin === op ? url.pathname.startsWith("/interaction/") : !passing.test(url.pathname)),
      ),
      act(),
    ]);

  await next(page.url(), () => page.getByRole("button", { name: `Sign in with ${provider}` }).click());
  // At most a login page, then a consent page.
  for (let step = 0; step < 3 && new URL(page.url()).origin === op; step++) {
    const login = page.locator('input[name="login"]');
    if (await login.isVisible()) {
      await login.fill(email);
      await page.locator('input[name="password"]').fill("any-password");
      await next(page.url(), () => page.getByRole("button", { name: "Sign-in" }).click());
    } else if (consent) {
      await next(page.url(), () => page.getByRole("button", { name: "Continue" }).click());
    } else {
      await next(page.url(), () => page.getByRole("link", { name: "[ Cancel ]" }).click());
    }
  }
  expect(new URL(page.url()).origin, "ssoSignIn should end back on the app").not.toBe(op);
}

export interface SsoOptions {
  email: string;
  /** The provider's display name on our sign-in button. */
  provider?: string;
  /** false: the user refuses the OP's consent page (the app gets error=access_denied). */
  consent?: boolean;
  /** Where the sign-in page sends the user afterwards, when ssoSignIn has to open it. */
  callbackUrl?: string;
}

/**
 * Signs out at the OP (RP-independent logout at its end_session endpoint, "Yes, sign me
 * out"). The OP then posts a back-channel logout token to the app for every client of that
 * OP session, and only answers once they are delivered (or failed): when this returns, the
 * app has been told.
 */
export async function opLogout(page: Page) {
  await page.route(/^https:\/\/fonts\.googleapis\.com\//, (route) => route.abort());
  await page.goto(`${opUrls().issuer}/session/end`);
  // Without an OP session the OP skips the question and confirms by itself.
  const yes = page.getByRole("button", { name: "Yes, sign me out" });
  if (await yes.isVisible()) await yes.click();
  await expect(page.getByRole("heading", { name: "Sign-out Success" })).toBeVisible();
}
