import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { AUTH_DIR, OWNER_STATE, serverState, signIn, strongPassword, unique } from "./helpers";

setup(
  "first run: the printed setup link creates the owner; wrong and reused links are refused",
  async ({ page }) => {
    const { setupUrl } = serverState();
    const path = new URL(setupUrl).pathname + new URL(setupUrl).search;
    const email = `owner-${unique()}@example.test`;
    const password = strongPassword();

    // No link at all, then a wrong token: refused.
    await page.goto("/setup");
    await expect(page.locator("main").getByRole("alert")).toContainText("needs the setup link");
    await page.goto("/setup?token=wrongwrongwrongwrongwrongwrong12");
    await page.getByLabel("Your name").fill("Olive Owner");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByLabel("Workspace name").fill("Acme Security");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await expect(page.locator("main").getByRole("alert").filter({ hasText: "not valid" })).toBeVisible();

    // A weak password is refused by name, and the other fields keep their values.
    await page.goto(path);
    await expectNoA11yViolations(page);
    await page.getByLabel("Your name").fill("Olive Owner");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("password1234");
    await page.getByLabel("Workspace name").fill("Acme Security");
    await page.getByRole("button", { name: "Create owner account" }).click();
    await expect(page.getByText("common or breached")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create owner account" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=setup/);
    await expect(page.getByRole("status")).toContainText("Your account is ready");

    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/w\/acme-security$/);
    await expect(page.getByTestId("my-role")).toHaveText("owner");

    // The link is single use.
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Setup is complete" })).toBeVisible();

    // API tokens for the other specs: read+write, and read-only.
    const tokens: string[] = [];
    for (const [name, write] of [
      ["e2e write", true],
      ["e2e read", false],
    ] as const) {
      await page.goto("/w/acme-security/tokens");
      await page.getByLabel("Name").fill(name);
      if (write) await page.getByLabel("write").check();
      // Minting a token asks for the password again (step-up); a wrong one is refused by name.
      if (write) {
        await page.getByLabel("Your password").fill("not-the-Password-1234");
        await page.getByRole("button", { name: "Create token" }).click();
        await expect(page.getByText("Wrong password.")).toBeVisible();
        await page.getByLabel("write").check(); // React resets the form after an action
      }
      await page.getByLabel("Your password").fill(password);
      await page.getByRole("button", { name: "Create token" }).click();
      const secret = page.getByTestId("secret-value");
      await expect(secret).toHaveValue(/^sct_/);
      tokens.push(await secret.inputValue());
    }
    await expectNoA11yViolations(page);

    mkdirSync(AUTH_DIR, { recursive: true });
    writeFileSync(
      `${AUTH_DIR}/owner-info.json`,
      JSON.stringify({ email, password, workspace: "acme-security", token: tokens[0], readToken: tokens[1] }),
    );
    await page.context().storageState({ path: OWNER_STATE });
  },
);
