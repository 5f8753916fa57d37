import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { scoredVendors } from "./compare-data";
import { OWNER_STATE, ownerInfo } from "./helpers";

test.use({ storageState: OWNER_STATE });

/** Clicks "Download PDF" and returns the saved file's name and its text (poppler's pdftotext). */
async function downloadPdf(page: Page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pdf").click()]);
  const path = (await file.path())!;
  return {
    name: file.suggestedFilename(),
    text: execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"]).toString("utf8"),
  };
}

test("download an evaluation's PDF from its overview, with progress and the dashboard's score", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const [alpha] = await scoredVendors(request, [
    { name: "Report Alpha", scores: { EDGE: 4, GW: 3, CLOUD: 2, MOBILE: 1 } },
  ]);
  await page.goto(`/w/${owner.workspace}/evaluations/${alpha.id}`);
  const overall = (await page.getByTestId("overall").textContent())!.trim();

  // Hold the response so the generating state is visible, then let it through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname.endsWith("/report.pdf"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const pending = downloadPdf(page);
  await expect(page.getByTestId("download-pdf")).toBeDisabled();
  await expect(page.getByTestId("download-pdf")).toContainText("Generating PDF");
  release();
  const pdf = await pending;
  await page.unroute((url) => url.pathname.endsWith("/report.pdf"));

  expect(pdf.name).toMatch(/^report-report-alpha-[a-z0-9]+-1-0\.pdf$/);
  expect(pdf.text).toContain(alpha.name);
  expect(pdf.text.replace(/\s+/g, " ")).toContain(`scores ${overall} of 100 overall`);
  expect(pdf.text).toContain("Methodology");
  await expect(page.getByTestId("download-pdf")).toBeEnabled();

  // A failure shows the server's message instead of saving a broken file.
  await page.route(
    (url) => url.pathname.endsWith("/report.pdf"),
    (route) =>
      route.fulfill({
        status: 403,
        json: { error: { code: "forbidden", message: "Your role (viewer) does not allow this." } },
      }),
  );
  await page.getByTestId("download-pdf").click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Your role (viewer) does not allow this." }),
  ).toBeVisible();
});

test("download a shared comparison's PDF from its share link; a revoked link answers 410", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  const [edge, cloud] = await scoredVendors(request, [
    { name: "Report Edge", scores: { EDGE: 4, GW: 2, CLOUD: 1, MOBILE: 2 } },
    { name: "Report Cloud", scores: { EDGE: 1, GW: 2, CLOUD: 4, MOBILE: 3 } },
  ]);
  const created = await request.post("/api/v1/share-links", {
    headers,
    data: { evaluationIds: [edge.id, cloud.id], hideReviewers: true },
  });
  expect(created.status()).toBe(201);
  const { url, id } = await created.json();

  // An outsider: no session at all.
  const guestContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const guest = await guestContext.newPage();
  await guest.goto(url);
  await expect(guest.getByText("read-only shared snapshot")).toBeVisible();
  const pdf = await downloadPdf(guest);
  expect(pdf.name).toMatch(/^shared-report-edge-[a-z0-9]+-report-cloud-[a-z0-9]+\.pdf$/);
  expect(pdf.text).toContain(edge.name);
  expect(pdf.text).toContain(cloud.name);
  expect(pdf.text).toContain("Reviewer 1");
  expect(pdf.text).not.toContain(owner.email);

  expect((await request.delete(`/api/v1/share-links/${id}`, { headers })).status()).toBe(204);
  const gone = await guest.request.get(`${url}/report.pdf`);
  expect(gone.status()).toBe(410);
  await guestContext.close();
});

test("the API serves the PDFs to a read token, as attachments that are never cached", async ({ request }) => {
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.readToken}` };
  const [a, b] = await scoredVendors(request, [
    { name: "Report Api A", scores: { EDGE: 3, GW: 3, CLOUD: 3, MOBILE: 3 } },
    { name: "Report Api B", scores: { EDGE: 2, GW: 2, CLOUD: 2, MOBILE: 2 } },
  ]);
  const one = await request.get(`/api/v1/evaluations/${a.id}/report.pdf?profile=cloud-only`, { headers });
  expect(one.status()).toBe(200);
  expect(one.headers()["content-type"]).toBe("application/pdf");
  expect(one.headers()["content-disposition"]).toMatch(/^attachment; filename="report-[a-z0-9-]+\.pdf"$/);
  expect(one.headers()["cache-control"]).toContain("no-store");
  expect((await one.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const both = await request.get(`/api/v1/comparisons/report.pdf?evaluations=${a.id},${b.id}`, { headers });
  expect(both.status()).toBe(200);
  expect(
    (
      await request.get(`/api/v1/comparisons/report.pdf?evaluations=${a.id},${b.id}&x=1`, { headers })
    ).status(),
  ).toBe(400);
  expect((await request.get(`/api/v1/evaluations/${a.id}/report.pdf`)).status()).toBe(401);
});
