import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { newMember, OWNER_STATE, ownerInfo, signIn, unique } from "./helpers";
import { opLogout, ssoSignIn } from "./sso";

/**
 * Single sign-on against a real OpenID Provider (oidc-provider, started by the e2e server):
 * its own login and consent pages, ID tokens signed with its keys, back-channel logout.
 */
const alert = (page: Page) => page.locator("main").getByRole("alert");

/** Signing out of an SSO session goes on to the provider's end-session page, then back to us. */
async function signOutThroughProvider(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 15_000 });
}

test.describe("single sign-on (OpenID Connect)", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  // Each test goes through the provider's pages several times (about 50 s on a busy machine).
  test.describe.configure({ timeout: 150_000 });

  test("a new person in an allowed domain gets an account just in time; back-channel logout ends the session", async ({
    page,
  }) => {
    await page.goto("/sign-in?callbackUrl=%2Faccount");
    await expect(page.getByRole("button", { name: "Sign in with Corp SSO" })).toBeVisible();
    await expectNoA11yViolations(page);
    const email = `ada-${unique()}@corp.example`;
    await ssoSignIn(page, { email, callbackUrl: "/account" });
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expect(page.getByTestId("sso-corp")).toContainText(`Linked as ${email}`);
    await expectNoA11yViolations(page);

    // The provider ends its session: it tells us over the back channel, and ours ends too.
    await opLogout(page);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/);
  });

  test("refused: a domain not allowed, an unverified email, a tampered ID token; a provider that is down", async ({
    page,
  }) => {
    await ssoSignIn(page, { email: `eve-${unique()}@evil.example` });
    await expect(page).toHaveURL(/\/sign-in\?sso=not_allowed/);
    await expect(alert(page)).toContainText("not allowed to sign in here");
    await opLogout(page);

    await ssoSignIn(page, { email: `unverified-${unique()}@corp.example` });
    await expect(alert(page)).toContainText("did not confirm your email");
    await opLogout(page);

    // The proxy in front of the provider rewrites the ID token's email but keeps its signature.
    await ssoSignIn(page, { email: `mallory-${unique()}@corp.example`, provider: "Tampered IdP" });
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(alert(page)).toContainText("did not complete");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

    // A provider that is down: the sign-in cannot start, and the page says so.
    await page.getByRole("button", { name: "Sign in with Offline IdP" }).click();
    await expect(page).toHaveURL(/\/sign-in\?.*error=OAuthSignin/);
    await expect(alert(page)).toContainText("could not be reached");
  });

  test("an invited email joins by SSO; a matching email never takes over an account, its owner links it", async ({
    page,
    browser,
  }) => {
    const owner = ownerInfo();
    const invited = `guest-${unique()}@partner.example`;
    const res = await page.request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
      headers: { Authorization: `Bearer ${owner.token}` },
      data: { email: invited, role: "viewer" },
    });
    expect(res.status()).toBe(201);
    await ssoSignIn(page, { email: invited, callbackUrl: `/w/${owner.workspace}` });
    await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}$`));
    await opLogout(page);

    // A password account; the provider asserts the same (verified) email: refused.
    const member = await newMember(browser, "reviewer");
    await ssoSignIn(page, { email: member.email });
    await expect(alert(page)).toContainText("An account with this email already exists");
    await opLogout(page);

    // Its owner links an identity: password again, the provider, then an explicit yes.
    const mp = member.page;
    await mp.goto("/account");
    const card = mp.getByTestId("sso-corp");
    await card.getByLabel("Your password").fill(member.password);
    const idpEmail = `reviewer-${unique()}@corp.example`;
    await card.getByRole("button", { name: "Link Corp SSO" }).click();
    await mp.locator('input[name="login"]').fill(idpEmail);
    await mp.locator('input[name="password"]').fill("any");
    await mp.getByRole("button", { name: "Sign-in" }).click();
    await mp.getByRole("button", { name: "Continue" }).click();
    await expect(mp).toHaveURL(/\/account\/sso$/);
    await expect(mp.getByText(`signed you in as ${idpEmail}`)).toBeVisible();
    await mp.getByRole("button", { name: "Link account" }).click();
    await expect(mp).toHaveURL(/\/account$/);
    await expect(mp.getByTestId("sso-corp")).toContainText(`Linked as ${idpEmail}`);
    await member.ctx.close();

    // The linked identity now signs into that account.
    await ssoSignIn(page, { email: idpEmail, callbackUrl: "/account" });
    await expect(page.getByText(member.email).first()).toBeVisible();
  });

  test("a provider group grants a role; a workspace can require SSO (tokens still work)", async ({
    page,
    browser,
  }) => {
    const owner = ownerInfo();
    const ownerCtx = await browser.newContext({ storageState: OWNER_STATE });
    const op = await ownerCtx.newPage();
    await op.goto(`/w/${owner.workspace}/security`);
    const group = "scorecard-admins";
    await op.getByLabel("Group").fill(group);
    await op.getByLabel("Role").selectOption("admin");
    await op.getByRole("button", { name: "Add mapping" }).click();
    await expect(op.getByRole("button", { name: `Remove ${group}` })).toBeVisible();
    await expectNoA11yViolations(op);
    // A password session cannot require SSO (it would lock its owner out).
    await op.getByRole("button", { name: "Require single sign-on" }).click();
    await expect(op.getByText("Sign in with your identity provider first")).toBeVisible();

    const grace = `grace-${unique()}+admins@corp.example`;
    await ssoSignIn(page, {
      email: grace,
      callbackUrl: `/w/${owner.workspace}/members`,
    });
    await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}/members$`));
    await opLogout(page);
    await op.reload();
    await op.getByRole("button", { name: `Remove ${group}` }).click();
    await expect(op.getByText("No group mappings.")).toBeVisible();
    await ownerCtx.close();
    // With the mapping gone, the membership it granted ends at the next sign-in.
    await ssoSignIn(page, { email: grace, callbackUrl: "/w?list=1" });
    await expect(page.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Acme Security/ })).toHaveCount(0);
    await opLogout(page);

    // An SSO-made owner of a new workspace requires SSO there.
    await ssoSignIn(page, { email: `boss-${unique()}@corp.example`, callbackUrl: "/w" });
    await page.getByLabel("Name").fill(`SSO only ${unique()}`);
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(/\/w\/sso-only-/);
    const slug = new URL(page.url()).pathname.split("/")[2];
    await page.goto(`/w/${slug}/security`);
    await page.getByRole("button", { name: "Require single sign-on" }).click();
    await expect(page.getByText("Required: members open this workspace only after")).toBeVisible();
    // Signing out here also ends the provider's session (RP-initiated logout) and comes back.
    await signOutThroughProvider(page);
  });

  test("a password session is refused in a workspace that requires SSO", async ({ page, browser }) => {
    // A password member links SSO, makes a workspace, requires SSO, then comes back with the password.
    const member = await newMember(browser, "viewer");
    const mp = member.page;
    await mp.goto("/account");
    const card = mp.getByTestId("sso-corp");
    await card.getByLabel("Your password").fill(member.password);
    const idpEmail = `pat-${unique()}@corp.example`;
    await card.getByRole("button", { name: "Link Corp SSO" }).click();
    await mp.locator('input[name="login"]').fill(idpEmail);
    await mp.locator('input[name="password"]').fill("any");
    await mp.getByRole("button", { name: "Sign-in" }).click();
    await mp.getByRole("button", { name: "Continue" }).click();
    await mp.getByRole("button", { name: "Link account" }).click();
    await expect(mp.getByTestId("sso-corp")).toContainText(`Linked as ${idpEmail}`);
    await member.ctx.close();

    await ssoSignIn(page, { email: idpEmail, callbackUrl: "/w?list=1" });
    const strict = `Strict ${unique()}`;
    await page.getByLabel("Name").fill(strict);
    await page.getByRole("button", { name: "Create workspace" }).click();
    await expect(page).toHaveURL(/\/w\/strict-/);
    const slug = new URL(page.url()).pathname.split("/")[2];
    await page.goto(`/w/${slug}/security`);
    await page.getByRole("button", { name: "Require single sign-on" }).click();
    await expect(page.getByText("Required: members open this workspace")).toBeVisible();
    await signOutThroughProvider(page);

    // The member knows this workspace, so the refusal says why and how to get in.
    await signIn(page, member.email, member.password, `/w/${slug}`);
    await expect(page).toHaveURL(/\/account\?sso=required$/);
    const notice = page.getByTestId("notice-sso-required");
    await expect(notice).toContainText("requires single sign-on");
    await expectNoA11yViolations(page);
    await notice.getByRole("button", { name: "Sign out and sign in with single sign-on" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw$/);
    await ssoSignIn(page, { email: idpEmail });
    await page.goto(`/w/${slug}`);
    await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
    await expect(page.getByRole("heading", { name: strict, exact: true })).toBeVisible();
  });
});
