import { expect, test } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectNoA11yViolations } from "./a11y";
import { newMember, OWNER_STATE, ownerInfo, signIn, unique } from "./helpers";

const totp = (key: string, timestamp = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(key), digits: 6, period: 30 }).generate({ timestamp });

test.describe("accounts and sessions", () => {
  test("sign in, see the workspace, sign out; anonymous visitors are sent to sign-in", async ({ page }) => {
    const owner = ownerInfo();
    await page.goto(`/w/${owner.workspace}/members`);
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2F/);
    await expectNoA11yViolations(page);
    await signIn(page, owner.email, owner.password, `/w/${owner.workspace}/members`);
    await expect(page).toHaveURL(new RegExp(`/w/${owner.workspace}/members$`));
    await expect(page.getByTestId("member-row").first()).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    // The row is revoked and the browser holds no session cookie any more.
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name.includes("next-auth.session-token"))).toEqual([]);
    await page.goto(`/w/${owner.workspace}`);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("unknown email and wrong password give the same message; 10 failures lock the account", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const owner = ownerInfo();
    const { email, password, ctx } = await newMember(page.context().browser()!, "reviewer");
    await ctx.close();
    const messages: string[] = [];
    for (const who of [email, `nobody-${unique()}@example.test`]) {
      await signIn(page, who, "definitely-not-the-password");
      messages.push(await page.locator("main").getByRole("alert").innerText());
    }
    expect(messages[0]).toBe("Email or password is incorrect.");
    expect(messages[1]).toBe(messages[0]);

    // Keep failing (retrying through the short back-off) until the lock message appears.
    await expect(async () => {
      await page.getByLabel("Password").fill("definitely-not-the-password");
      await page.getByLabel("Email").fill(email);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page.locator("main").getByRole("alert")).toContainText("paused", { timeout: 1500 });
    }).toPass({ timeout: 90_000 });
    // Locked: even the right password is refused.
    await signIn(page, email, password);
    await expect(page.locator("main").getByRole("alert")).toContainText("paused");

    // An admin unlocks it from the security page; then the right password works.
    const admin = await page.context().browser()!.newContext({ storageState: OWNER_STATE });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/w/${owner.workspace}/security`);
    // The posture cards: the audit trail verifies, the version and the build's dependency audit show.
    await expect(adminPage.getByTestId("chain-status")).toHaveText("Intact");
    await expect(adminPage.getByTestId("app-version")).toHaveText(/^\d+\.\d+\.\d+/);
    await expect(adminPage.getByTestId("dependency-audit")).toContainText(
      /Dependency audit|production packages/,
    );
    await adminPage
      .getByRole("listitem")
      .filter({ hasText: email })
      .getByRole("button", { name: "Unlock" })
      .click();
    await expect(
      adminPage.getByRole("listitem").filter({ hasText: email }).getByRole("button", { name: "Unlock" }),
    ).toHaveCount(0);
    await admin.close();
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/w\//);
  });

  test("MFA: enrol with QR/manual key, sign in with a TOTP code, then with a recovery code once", async ({
    browser,
  }) => {
    const { page, ctx, email, password } = await newMember(browser, "reviewer");
    await page.goto("/account");
    // Step-up: the password again, by keyboard; a wrong one is refused on the field.
    await page.getByLabel("Your password").first().fill("not-the-Password-1234");
    await page.getByLabel("Your password").first().press("Enter");
    await expect(page.getByText("Wrong password.")).toBeVisible();
    await page.getByLabel("Your password").first().fill(password);
    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
    const key = (await page.getByTestId("mfa-manual-key").innerText()).trim();
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByText("does not match")).toBeVisible();
    await page.getByLabel("Code from the app").fill(totp(key));
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
    const codes = (await page.getByTestId("recovery-codes").locator("li").allInnerTexts()).map((c) =>
      c.trim(),
    );
    await page.getByRole("button", { name: "I have saved them" }).click();
    await expect(page.getByTestId("mfa-status")).toContainText("10 recovery codes left");
    await expectNoA11yViolations(page);
    await ctx.close();

    const fresh = await browser.newContext();
    const p2 = await fresh.newPage();
    await signIn(p2, email, password);
    await expect(p2.getByLabel("Authentication code")).toBeVisible();
    // The enrolment used this step's code and a code is accepted only once: use the next one.
    await p2.getByLabel("Authentication code").fill(totp(key, Date.now() + 30_000));
    await p2.getByRole("button", { name: "Verify" }).click();
    await expect(p2).toHaveURL(/\/w\//);
    await p2.getByRole("button", { name: "Sign out" }).click();
    await expect(p2).toHaveURL(/\/sign-in/);

    for (const expectOk of [true, false]) {
      await signIn(p2, email, password);
      await p2.getByLabel("Authentication code").fill(codes[0]);
      await p2.getByRole("button", { name: "Verify" }).click();
      if (expectOk) {
        await expect(p2).toHaveURL(/\/w\//);
        await p2.getByRole("button", { name: "Sign out" }).click();
        await expect(p2).toHaveURL(/\/sign-in/);
      } else {
        await expect(p2.locator("main").getByRole("alert")).toContainText("not valid");
      }
    }
    await fresh.close();
  });

  test("a viewer sees the workspace but cannot manage it", async ({ browser }) => {
    const owner = ownerInfo();
    const { page, ctx } = await newMember(browser, "viewer");
    await expect(page.getByTestId("my-role")).toHaveText("viewer");
    await page.goto(`/w/${owner.workspace}/members`);
    await expect(page.getByTestId("member-row").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Create invitation" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Security", exact: true })).toHaveCount(0);
    expect((await page.goto(`/w/${owner.workspace}/security`))?.status()).toBe(404);
    expect((await page.goto(`/w/${owner.workspace}/audit`))?.status()).toBe(404);
    await ctx.close();
  });

  test("a disabled user is out on their very next click", async ({ browser }) => {
    const owner = ownerInfo();
    const { page, ctx, email } = await newMember(browser, "reviewer");
    const admin = await browser.newContext({ storageState: OWNER_STATE });
    const adminPage = await admin.newPage();
    await adminPage.goto(`/w/${owner.workspace}/security`);
    adminPage.once("dialog", (d) => d.accept());
    await adminPage
      .getByTestId("security-member")
      .filter({ hasText: email })
      .getByRole("button", { name: "Disable" })
      .click();
    await expect(adminPage.getByRole("status").filter({ hasText: "disabled" })).toBeVisible();
    await page.getByRole("link", { name: "Members", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await admin.close();
    await ctx.close();
  });

  test("sign out everywhere ends the other browser's session too", async ({ browser }) => {
    const { page, ctx, email, password } = await newMember(browser, "reviewer");
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email, password);
    await expect(otherPage).toHaveURL(/\/w\//);
    await page.goto("/account");
    await expect(page.getByTestId("session-row")).toHaveCount(2);
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await otherPage.getByRole("link", { name: "Members", exact: true }).click();
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
    await ctx.close();
  });

  test.describe("on a phone", () => {
    test.use({ storageState: OWNER_STATE });
    test("the signed-in header and workspace pages fit the screen @mobile", async ({ page }) => {
      const owner = ownerInfo();
      for (const path of ["members", "tokens", "security", "audit"]) {
        await page.goto(`/w/${owner.workspace}/${path}`);
        await expect(page.getByRole("button", { name: /^Theme:/ })).toBeInViewport();
        await expect(page.getByRole("button", { name: "Sign out" })).toBeInViewport();
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          path,
        ).toBeLessThanOrEqual(0);
        await expectNoA11yViolations(page);
      }
    });
  });
});
