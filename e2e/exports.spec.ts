import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

/** Clicks a format in the page's download group and returns the file Playwright saved. */
async function download(page: Page, label: string): Promise<{ file: Download; body: Buffer }> {
  const group = page.getByRole("group", { name: "Download" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    group.getByRole("button", { name: label, exact: true }).click(),
  ]);
  return { file, body: readFileSync((await file.path())!) };
}

const exportOf = (format: string) => (url: URL) =>
  url.pathname.endsWith("/export") && url.searchParams.get("format") === format;

async function sheetNames(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

test("download an evaluation as CSV, XLSX, JSON and OSCAL from its overview", async ({ page, request }) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const [alpha] = await scoredVendors(request, [
    { name: "Export Alpha", scores: { EDGE: 4, GW: 3, CLOUD: 2, MOBILE: 1 } },
  ]);
  await page.goto(`/w/${owner.workspace}/evaluations/${alpha.id}`);
  const stem = String.raw`Export-Alpha-Inc\.-Export-Alpha-[a-z0-9]+-1\.0-${DATE}`;

  const csv = await download(page, "CSV");
  expect(csv.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.csv$`));
  const text = csv.body.toString("utf8");
  expect(text.startsWith("\ufeffSection,Criterion,Title,Status,Consensus")).toBe(true);
  expect(text).toContain("Export Alpha on EDGE-01");

  const xlsx = await download(page, "XLSX");
  expect(xlsx.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.xlsx$`));
  const sheets = await sheetNames(xlsx.body);
  expect(sheets[0]).toBe("Summary");
  // A sheet per section, then readiness against the mapped regulations.
  expect(sheets.slice(1).map((s) => s.split(" ")[0])).toEqual(["EDGE", "GW", "CLOUD", "MOBILE", "Readiness"]);

  const json = await download(page, "JSON");
  expect(json.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.json$`));
  const doc = JSON.parse(json.body.toString("utf8"));
  expect(doc).toMatchObject({
    format: "scorecard-evaluation",
    version: 1,
    evaluation: { id: alpha.id },
    summary: { overall: 62.5 },
  });

  const oscal = await download(page, "OSCAL");
  expect(oscal.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.assessment-results\\.json$`));
  const results = JSON.parse(oscal.body.toString("utf8"))["assessment-results"];
  expect(results.metadata["oscal-version"]).toMatch(/^1\.1\./);
  const criteria = doc.sections.flatMap((s: { criteria: unknown[] }) => s.criteria).length;
  expect(results.results[0].findings).toHaveLength(criteria);
});

test("the download buttons show progress, and an error instead of a broken file", async ({
  page,
  request,
}) => {
  const owner = ownerInfo();
  const [alpha] = await scoredVendors(request, [
    { name: "Export Slow", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
  ]);
  await page.goto(`/w/${owner.workspace}/evaluations/${alpha.id}`);
  const group = page.getByRole("group", { name: "Download" });
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(exportOf("json"), async (route) => {
    await held;
    await route.continue();
  });
  const pending = page.waitForEvent("download");
  await group.getByRole("button", { name: "JSON", exact: true }).click();
  await expect(group.getByRole("status")).toBeVisible();
  await expect(group.getByRole("button", { name: "JSON", exact: true })).toBeDisabled();
  release();
  await pending;
  await expect(group.getByRole("status")).toHaveCount(0);

  await page.route(exportOf("csv"), (route) =>
    route.fulfill({
      status: 403,
      json: { error: { code: "forbidden", message: "Your role (viewer) does not allow this." } },
    }),
  );
  await group.getByRole("button", { name: "CSV", exact: true }).click();
  await expect(group.getByRole("alert")).toHaveText("Your role (viewer) does not allow this.");
});

test("download a comparison as CSV, XLSX and JSON from the compare page", async ({ page, request }) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const [a, b] = await scoredVendors(request, [
    { name: "Export Edge", scores: { EDGE: 4, GW: 4, CLOUD: 1, MOBILE: 3 } },
    { name: "Export Cloud", scores: { EDGE: 1, GW: 1, CLOUD: 4, MOBILE: 3 } },
  ]);
  await page.goto(`/w/${owner.workspace}/compare?e=${a.id},${b.id}&p=cloud-only`);
  await expect(page.getByTestId("compare-view")).toHaveAttribute("data-ready", "true");
  // The client-side CSV of the current view stays beside the server exports.
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeVisible();
  const stem = String.raw`comparison-owasp-iot-framework-${DATE}`;

  const csv = await download(page, "CSV");
  expect(csv.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.csv$`));
  expect(csv.body.toString("utf8")).toContain("Overall (Cloud-only platform)");

  const xlsx = await download(page, "XLSX");
  expect(xlsx.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.xlsx$`));
  expect(await sheetNames(xlsx.body)).toEqual(["Summary", "Criteria", "Readiness"]);

  const json = await download(page, "JSON");
  expect(json.file.suggestedFilename()).toMatch(new RegExp(`^${stem}\\.json$`));
  const doc = JSON.parse(json.body.toString("utf8"));
  expect(doc).toMatchObject({
    format: "scorecard-comparison",
    version: 1,
    summary: { profile: { id: "cloud-only" } },
  });
  expect(doc.summary.vendors.map((v: { evaluationId: string }) => v.evaluationId)).toEqual([b.id, a.id]);
});
