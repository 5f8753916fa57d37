import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

// Every kind of hostile text at once: markup, handlers, a javascript: URL, SQL, bidi override,
// zero-width characters. It must be stored exactly as typed and shown inert everywhere.
const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) '; DROP TABLE "Score"; -- \u202Eevil\u202C zero\u200Bwidth`;
const BIG = "x".repeat(10_240);

test("hostile and oversized input is refused cleanly or stored as typed, and rendered inert in HTML and PDF", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  const fail: string[] = [];
  page.on("dialog", (d) => {
    fail.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("response", (r) => {
    if (r.status() >= 500) fail.push(`${r.status()} ${r.url()}`);
  });

  // 10 kB in fields with smaller limits: a 400 naming the field, never a 5xx.
  for (const field of ["name", "vendor", "productVersion", "description"]) {
    const res = await request.post("/api/v1/frameworks", {
      headers,
      data: { name: "n", vendor: "v", productVersion: "1", componentTypes: ["edge"], [field]: BIG },
    });
    expect(res.status(), field).toBe(400);
    expect((await res.json()).error.issues.map((i: { field: string }) => i.field)).toContain(field);
  }
  const name = `${HOSTILE} ${unique()}`;
  const fw = await request.post("/api/v1/frameworks", {
    headers,
    data: { name, vendor: HOSTILE, productVersion: "1", componentTypes: ["edge"], description: HOSTILE },
  });
  expect(fw.status()).toBe(201);
  const framework = await fw.json();
  expect(framework.name).toBe(name);
  const ev = await (
    await request.post("/api/v1/evaluations", {
      headers,
      data: { frameworkId: framework.id, catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" } },
    })
  ).json();

  // A javascript: evidence URL is refused; a 10 kB hostile rationale is stored as typed.
  const js = await request.put(`/api/v1/evaluations/${ev.id}/scores/EDGE-01`, {
    headers,
    data: { value: 1, evidence: [{ url: "javascript:alert(4)", grade: "tested" }] },
  });
  expect(js.status()).toBe(400);
  const rationale = `${HOSTILE} ${BIG.slice(0, 9_000)}`;
  const saved = await request.put(`/api/v1/evaluations/${ev.id}/scores/EDGE-01`, {
    headers,
    data: { value: 1, rationale },
  });
  expect(saved.status()).toBe(200);
  expect((await saved.json()).rationale).toBe(rationale);
  const listed = await (await request.get(`/api/v1/evaluations/${ev.id}/scores`, { headers })).json();
  expect(listed.scores.find((s: { criterionKey: string }) => s.criterionKey === "EDGE-01").rationale).toBe(
    rationale,
  );

  for (const path of [
    `/w/${owner.workspace}/frameworks`,
    `/w/${owner.workspace}/frameworks/${framework.id}`,
    `/w/${owner.workspace}/evaluations/${ev.id}`,
    `/w/${owner.workspace}/evaluations/${ev.id}/score/EDGE`,
  ]) {
    await page.goto(path);
    await expect(page.locator("main")).toContainText("<script>alert(1)</script>");
    await expect(page.locator("main img[src=x]")).toHaveCount(0);
  }
  await page.goto(`/w/${owner.workspace}/evaluations/${ev.id}/score/EDGE`);
  await expect(page.locator("main")).toContainText(`DROP TABLE "Score"`);

  // The PDF prints the same text literally.
  const pdf = await request.get(`/api/v1/evaluations/${ev.id}/report.pdf`, { headers });
  expect(pdf.status()).toBe(200);
  const file = test.info().outputPath("hostile.pdf");
  writeFileSync(file, await pdf.body());
  execFileSync("pdftotext", [file, `${file}.txt`]);
  const text = readFileSync(`${file}.txt`, "utf8");
  expect(text).toContain("<script>alert(1)</script>");
  expect(fail).toEqual([]);
});
