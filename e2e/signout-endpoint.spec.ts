import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { newMember, ownerInfo } from "./helpers";

/** The session cookie next-auth set (plain name over HTTP, __Secure- prefixed under HTTPS). */
async function sessionCookie(ctx: APIRequestContext) {
  const { cookies } = await ctx.storageState();
  const c = cookies.find((k) => /next-auth\.session-token$/.test(k.name));
  expect(c, "next-auth set a session cookie").toBeTruthy();
  return `${c!.name}=${c!.value}`;
}

const csrf = async (ctx: APIRequestContext) =>
  ((await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;

/** Where GET /w/<ws> sends a request carrying just `cookie`: 200 = opened, else a redirect target. */
async function open(baseURL: string, path: string, cookie: string) {
  const bare = await request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
  const res = await bare.get(path, { maxRedirects: 0 });
  const out = { status: res.status(), location: res.headers().location ?? "" };
  await bare.dispose();
  return out;
}

test.describe("next-auth's own sign-out endpoint", () => {
  test("POST /api/auth/signout revokes the session row: a copy of the old cookie no longer opens the workspace", async ({
    baseURL,
  }) => {
    const owner = ownerInfo();
    const ctx = await request.newContext({ baseURL });
    const signedIn = await ctx.post("/api/auth/callback/credentials", {
      form: {
        csrfToken: await csrf(ctx),
        email: owner.email,
        password: owner.password,
        code: "",
        json: "true",
        callbackUrl: "/w",
      },
    });
    expect(signedIn.status()).toBe(200);
    const cookie = await sessionCookie(ctx);
    const path = `/w/${owner.workspace}`;
    expect(await open(baseURL!, path, cookie)).toMatchObject({ status: 200 });

    const out = await ctx.post("/api/auth/signout", {
      form: { csrfToken: await csrf(ctx), json: "true", callbackUrl: "/sign-in" },
    });
    expect(out.status()).toBe(200);
    // The endpoint cleared the cookie in this client; an attacker's copy is what matters.
    const after = await open(baseURL!, path, cookie);
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.location).toMatch(/\/sign-in/);
    await ctx.dispose();
  });
});

test.describe("account page: sessions bound to MFA, tokens beside 'sign out everywhere'", () => {
  test("a password-only session is offered 'sign out and sign in with your code'", async ({ browser }) => {
    const { page, ctx } = await newMember(browser, "reviewer");
    await page.goto("/account?mfa=sign-in-again");
    const banner = page.getByTestId("mfa-sign-in-again");
    await expect(banner).toContainText("Sign in again with your code");
    await expectNoA11yViolations(page);
    await banner.getByRole("button", { name: "Sign out and sign in with your code" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sign-in/);
    await ctx.close();
  });

  test("lists the user's API tokens and revokes them all in one click", async ({ browser }) => {
    const owner = ownerInfo();
    const { page, ctx, password } = await newMember(browser, "reviewer");
    await page.goto("/account");
    await expect(page.getByTestId("my-tokens-empty")).toBeVisible();
    await page.goto(`/w/${owner.workspace}/tokens`);
    await page.getByLabel("Name").fill("laptop script");
    await page.getByLabel("Your password").first().fill(password);
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByTestId("secret-value").inputValue();

    await page.goto("/account");
    await expect(page.getByTestId("my-token-row")).toHaveCount(1);
    await expect(page.getByTestId("my-token-row")).toContainText("laptop script");
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Revoke all API tokens" }).click();
    await expect(page.getByTestId("my-tokens-empty")).toBeVisible();
    const res = await page.request.get(`/api/v1/workspaces/${owner.workspace}/members`, {
      headers: { Authorization: `Bearer ${secret}` },
    });
    expect(res.status()).toBe(401);
    await ctx.close();
  });
});
