import { readFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";

export const AUTH_DIR = "e2e/.auth";
export const OWNER_STATE = `${AUTH_DIR}/owner.json`;

export interface OwnerInfo {
  email: string;
  password: string;
  workspace: string;
  token: string;
  readToken: string;
}

export const serverState = (): {
  setupUrl: string;
  databaseUrl: string;
  /** The test OpenID Provider (scripts/testing/oidc-op.ts) and its tampering proxy. */
  oidcIssuer: string;
  oidcTamperUrl: string;
} => JSON.parse(readFileSync("e2e/.state/server.json", "utf8"));
export const ownerInfo = (): OwnerInfo => JSON.parse(readFileSync(`${AUTH_DIR}/owner-info.json`, "utf8"));

/** A unique suffix so parallel tests never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const strongPassword = () => `Kiwi-${unique()}-lantern-42`;

/** Signs in through the real form (waits for hydration first). */
export async function signIn(page: Page, email: string, password: string, callbackUrl = "/w") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await expect(page.locator("form[data-ready]")).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * A new member: the owner invites through the API (write token), the invitee accepts in the
 * browser and signs in. Returns a page signed in as that member.
 */
export async function newMember(browser: Browser, role: "admin" | "reviewer" | "viewer") {
  const owner = ownerInfo();
  const email = `${role}-${unique()}@example.test`;
  const password = strongPassword();
  // A clean context: the runner would otherwise apply a spec's storageState (the owner's).
  const ctx = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await ctx.newPage();
  const res = await page.request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
    headers: { Authorization: `Bearer ${owner.token}` },
    data: { email, role },
  });
  expect(res.status()).toBe(201);
  const { url } = await res.json();
  await page.goto(new URL(url).pathname);
  await page.getByLabel("Your name").fill(`${role} ${unique()}`);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=joined/);
  await signIn(page, email, password, `/w/${owner.workspace}`);
  await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}$`));
  return { page, ctx, email, password };
}
