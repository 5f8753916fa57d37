import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { comparisonSummary } from "../../compare/summary";
import { db } from "../../db";
import {
  createEvaluationFixture,
  createMember,
  META,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { loadComparison } from "../comparisons/comparisons";
import { evaluationSummary } from "../evaluations/evaluation-summary";
import { comparisonReport, evaluationReport, sharedReport } from "./reports";
import { createToken } from "../accounts/api-tokens";
import { saveScore, submitSection } from "../evaluations/scores";
import { createShareLink, revokeShareLink } from "../sharing/share-links";

const SCRIPTS = "Ελληνικά Кириллица 漢字かな한글";
const XSS = "<script>alert(1)</script>";
const IN_SCOPE = ["GW", "MOBILE"];
let owner: TestMember;
let second: TestMember;
let blind: TestMember;
const evaluations: string[] = [];

/** pdftotext of the PDF (poppler), and each page rendered by pdftoppm. */
function inspect(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "report-"));
  const file = path.join(dir, "r.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
  // -layout keeps a table row on one line, in column order.
  const layout = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
    .toString("utf8")
    .replace(/[ \t]+/g, " ");
  // Greyscale PGM (P5): a plain header then one byte per pixel, easy to count without a PNG decoder.
  execFileSync("pdftoppm", ["-gray", "-r", "40", file, path.join(dir, "p")]);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith(".pgm"))
    .map((f) => path.join(dir, f));
  return { text, pages, layout, flat: text.replace(/\s+/g, " ") };
}

/**
 * A page is non-blank when its body — between the running header and footer, which every
 * page has — holds a few hundred dark pixels (text, rules, charts).
 */
function inked(pgm: string) {
  const bytes = readFileSync(pgm);
  const [head, w, h] = bytes
    .subarray(0, 40)
    .toString("latin1")
    .match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [width, height] = [Number(w), Number(h)];
  let dark = 0;
  for (let y = Math.round(height * 0.08); y < Math.round(height * 0.92); y++) {
    for (let x = 0; x < width; x++) if (bytes[head.length + y * width + x] < 160) dark++;
  }
  return dark > 300;
}

async function scoreAll(
  who: TestMember,
  evaluationId: string,
  base: number,
  rationale: (key: string) => string,
) {
  const actor = await sessionActor(who.userId);
  const criteria = await db().criterion.findMany({
    where: { section: { key: { in: IN_SCOPE }, catalogue: { slug: "owasp-iot-framework" } } },
    select: { key: true },
    orderBy: { key: "asc" },
  });
  for (const [i, c] of criteria.entries()) {
    await saveScore(actor, who.slug, evaluationId, c.key, {
      value: (base + i) % 5,
      rationale: rationale(c.key),
      evidence: [
        { url: `https://docs.example/${c.key}?q=1`, grade: i % 2 ? "documentation" : "vendor_claim" },
      ],
    });
  }
  for (const s of IN_SCOPE) await submitSection(actor, who.slug, evaluationId, s);
}

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  second = await createMember({ role: "reviewer", slug: owner.slug });
  blind = await createMember({ role: "reviewer", slug: owner.slug });
  const names = [`${SCRIPTS} SDK`, "Edge Kit", "Cloud Hub"];
  for (const [i, name] of names.entries()) {
    const { evaluationId, frameworkId } = await createEvaluationFixture(owner.slug);
    await db().framework.update({ where: { id: frameworkId }, data: { name } });
    await db().evaluationSection.updateMany({
      where: { evaluationId, sectionKey: { notIn: IN_SCOPE } },
      data: { inScope: false, outOfScopeReason: "not offered" },
    });
    await scoreAll(owner, evaluationId, i, (k) => (k === "GW-01" ? XSS : `owner says ${k} v${i}`));
    await scoreAll(second, evaluationId, i + 2, (k) => `second reviewer on ${k}`);
    evaluations.push(evaluationId);
  }
}, 180_000);

describe("PDF reports", () => {
  it("prints a 3-vendor comparison with the dashboard's numbers, every script, and literal user text", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await comparisonReport(actor, owner.slug, {
      evaluations: evaluations.join(","),
      profile: "consumer-device",
    });
    expect(report.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(report.fileName).toMatch(/^comparison-[a-z0-9-]+\.pdf$/);
    const { text, flat, layout, pages } = inspect(report.pdf);
    const summary = comparisonSummary(
      await loadComparison(actor, owner.slug, evaluations),
      "consumer-device",
    )!;
    for (const v of summary.vendors) {
      expect(text).toContain(v.framework.name);
      // The ranking row (a long name may wrap within its cell; the numbers stay on its first line).
      const row = layout
        .split("\n")
        .find((l) => l.trim().startsWith(`${v.rank} ${v.framework.name.split(" ")[0]}`));
      expect(row).toContain(` ${Math.round(v.overall!)} ${Math.round(v.coverage * 100)} %`);
      for (const s of v.sections) expect(text).toContain(String(Math.round(s.score!)));
    }
    // Each section table row reads as the UI shows it: every vendor's Math.round score, in order.
    for (const key of IN_SCOPE) {
      const row = summary.vendors
        .map((v) => String(Math.round(v.sections.find((s) => s.key === key)!.score!)))
        .join(" ");
      expect(layout).toContain(`Section score (0–100) ${row}`);
    }
    expect(text).toContain(SCRIPTS);
    expect(text).toContain(XSS);
    expect(text).toContain("Methodology");
    expect(flat).toContain("Σ(weight × consensus) / Σ(weight × max) × 100");
    expect(flat).toContain("N/A rule");
    expect(flat).toContain("Blind scoring");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain("https://docs.example/GW-01?q=1");
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect(inked(p), p).toBe(true);
    const audit = await db().auditEvent.findFirst({
      where: { action: "report.generated", actorId: owner.userId, targetType: "comparison" },
      orderBy: { id: "desc" },
    });
    expect(audit?.after).toMatchObject({
      kind: "comparison",
      evaluationIds: evaluations,
      profile: "consumer-device",
    });
  });

  it("prints one evaluation with its overview's numbers and agreement", async () => {
    const actor = await sessionActor(owner.userId);
    const report = await evaluationReport(actor, owner.slug, evaluations[0], {});
    const { text, flat, layout, pages } = inspect(report.pdf);
    const overview = await evaluationSummary(actor, owner.slug, evaluations[0], {});
    expect(text).toContain(SCRIPTS);
    expect(flat).toContain(`scores ${Math.round(overview.overall!)} of 100 overall`);
    expect(flat).toContain(`${overview.alpha!.toFixed(2)} · ${overview.alphaLabel}`);
    for (const s of overview.sections)
      expect(layout).toContain(`Section score (0–100) ${Math.round(s.score!)}`);
    expect(text).toContain("second reviewer on GW-01");
    expect(text).toContain(XSS);
    expect(flat).toMatch(/Agreement \(α\)/);
    for (const p of pages) expect(inked(p), p).toBe(true);
  });

  it("keeps the blind rule: a reviewer who has not submitted sees no one else's rationale", async () => {
    const actor = await sessionActor(blind.userId);
    const { text } = inspect((await evaluationReport(actor, owner.slug, evaluations[1])).pdf);
    expect(text).not.toContain("owner says");
    expect(text).not.toContain("second reviewer on");
    expect(text).toContain("blind");
    const { text: cmp } = inspect(
      (await comparisonReport(actor, owner.slug, { evaluations: evaluations.join(",") })).pdf,
    );
    expect(cmp).not.toContain("second reviewer on");
  });

  it("refuses bad input by field, unknown profiles, and other workspaces", async () => {
    const actor = await sessionActor(owner.userId);
    await expect(comparisonReport(actor, owner.slug, { evaluations: evaluations[0] })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      comparisonReport(actor, owner.slug, { evaluations: evaluations.join(","), profile: "nope" }),
    ).rejects.toMatchObject({ code: "validation_failed", issues: [{ field: "profile" }] });
    await expect(evaluationReport(actor, owner.slug, "not-a-uuid")).rejects.toMatchObject({
      code: "not_found",
    });
    const stranger = await createMember({ role: "owner" });
    await expect(
      evaluationReport(await sessionActor(stranger.userId), owner.slug, evaluations[0]),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("prints a share link's snapshot with hidden names, audits it, and stops when revoked", async () => {
    const actor = await sessionActor(owner.userId);
    const link = await createShareLink(actor, owner.slug, {
      evaluationIds: evaluations,
      hideReviewers: true,
    });
    const token = link.url.split("/").pop()!;
    const report = await sharedReport(token, META, {});
    expect(report).not.toBeNull();
    const { text } = inspect(report!.pdf);
    expect(text).toContain(SCRIPTS);
    expect(text).toContain("Reviewer 1");
    expect(text).not.toContain(owner.email);
    const row = await db().shareLink.findUniqueOrThrow({
      where: { id: link.id },
      select: { viewCount: true },
    });
    expect(row.viewCount).toBe(0);
    expect(
      await db().auditEvent.count({
        where: { action: "report.generated", targetType: "share_link", targetId: link.id },
      }),
    ).toBe(1);
    // Anonymous downloads are audited once per link per hour (two if this crossed the hour).
    const hour = Math.floor(Date.now() / 3_600_000);
    for (let i = 0; i < 2; i++)
      expect(await sharedReport(token, { ip: `198.51.100.${i}`, userAgent: "curl" }, {})).not.toBeNull();
    expect(
      await db().auditEvent.count({
        where: { action: "report.generated", targetType: "share_link", targetId: link.id },
      }),
    ).toBe(1 + Math.floor(Date.now() / 3_600_000) - hour);
    await revokeShareLink(actor, owner.slug, link.id);
    expect(await sharedReport(token, META, {})).toBeNull();
    expect(await sharedReport("x".repeat(43), META, {})).toBeNull();
  });

  it("answers GET /api/v1/comparisons/report.pdf to a read token as a no-store attachment, and refuses anonymous and unknown parameters", async () => {
    const owner_ = await sessionActor(owner.userId);
    const { token } = await createToken(owner_, owner.slug, {
      name: `pdf-${Date.now()}`,
      scopes: ["read"],
      expiresInDays: 1,
    });
    const { GET } = await import("../../../app/api/v1/comparisons/report.pdf/route");
    const call = (query: string, auth = true) =>
      GET(
        new NextRequest(`http://localhost/api/v1/comparisons/report.pdf?${query}`, {
          headers: auth ? { authorization: `Bearer ${token}` } : {},
        }),
        { params: Promise.resolve({}) },
      );
    const res = await call(`evaluations=${evaluations.join(",")}&profile=cloud-only`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="comparison-[a-z0-9-]+\.pdf"$/,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await call(`evaluations=${evaluations.join(",")}&x=1`)).status).toBe(400);
    expect((await call(`evaluations=${evaluations.join(",")}`, false)).status).toBe(401);
    await expect(
      comparisonReport(null, owner.slug, { evaluations: evaluations.join(",") }),
    ).rejects.toMatchObject({ code: "unauthorized" });
  });
});
