import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "../../db";
import {
  createEvaluationFixture,
  createMember,
  owaspCatalogue,
  sessionActor,
  type TestMember,
} from "../../testing/fixtures";
import { saveScore, submitSection } from "../evaluations/scores";

/*
 * Test fixture of the PDF report suites: three scored vendors (one named in several scripts, one
 * rationale an HTML payload) and the poppler tools that read a PDF back.
 */
export const SCRIPTS = "Ελληνικά Кириллица 漢字かな한글";
export const XSS = "<script>alert(1)</script>";
export const IN_SCOPE = ["GW", "MOBILE"];

/** pdftotext of the PDF (poppler), and each page rendered by pdftoppm. */
export function inspect(pdf: Buffer) {
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
export function inked(pgm: string) {
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

/** Owner and a second reviewer scored GW and MOBILE of three vendors and submitted; `blind` has not. */
export async function reportWorld() {
  const evaluations: string[] = [];
  await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  const second = await createMember({ role: "reviewer", slug: owner.slug });
  const blind = await createMember({ role: "reviewer", slug: owner.slug });
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
  return { owner, blind, evaluations };
}
