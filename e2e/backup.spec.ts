import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

test("an owner downloads a workspace backup and restores it as a new workspace", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace } = ownerInfo();
  await page.goto("/w?list=1");
  const card = page.getByRole("heading", { name: "Backup and restore" }).locator("..");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("list", { name: "Download a backup" }).locator(`a[href="/w/${workspace}/backup"]`).click(),
  ]);
  const file = testInfo.outputPath("backup.json");
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, "utf8"));
  expect(backup).toMatchObject({ format: "scorecard-workspace-backup", version: 1 });
  expect(JSON.stringify(backup)).not.toMatch(/passwordHash|tokenHash|mfaSecret/);

  // A broken copy is refused by field, and nothing is created.
  backup.evaluations = [{ ref: "x" }];
  await page.getByLabel("Backup file").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole("button", { name: "Restore workspace" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("$.evaluations[0]");
  await expect(page).toHaveURL(/\/w\?list=1$/);

  await page.getByLabel("Backup file").setInputFiles(file);
  await page.getByRole("button", { name: "Restore workspace" }).click();
  await expect(page).toHaveURL(/\/w\/(?!\?)[a-z0-9-]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(restored)");
});

test("a backup of someone else's workspace is not found, and restore refuses cross-origin posts", async ({
  page,
  request,
}) => {
  expect((await page.request.get("/w/no-such-workspace-here/backup")).status()).toBe(404);
  const res = await request.post("/restore", {
    headers: { "content-type": "application/json", origin: "https://evil.example" },
    data: "{}",
  });
  expect(res.status()).toBe(403);
});
