import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import type { ExportFile } from "../export/file";
import type { Role } from "../generated/prisma/enums";
import { setAgreedScore } from "../services/evaluations/agreed-scores";
import { createToken } from "../services/accounts/api-tokens";
import { saveScore, submitSection } from "../services/evaluations/scores";
import {
  createEvaluationFixture,
  createMember,
  owaspCatalogue,
  sessionActor,
  suffix,
  type TestMember,
} from "./fixtures";

/**
 * The blind rule's scenario (lib/services/blind-rule*.integration.test.ts): in evaluation `e0`
 * only the Gateway section (S) is in scope. X (reviewer) and Y (admin) scored all of it, with
 * marker rationales, evidence and the distinctive value 4, and submitted; the owner recorded an
 * agreed value with a marker reason. R (admin) scored S with 0s and has NOT submitted: R is the
 * blind reader. V (viewer) cannot score, so sees everything. `e1` is a second, empty vendor.
 */
export const S = "GW";

export interface Reader {
  label: string;
  member: TestMember;
  actor: Actor;
  token: string;
  name: string;
}

export interface BlindScenario {
  slug: string;
  workspaceId: string;
  e0: string;
  e1: string;
  frameworkId: string;
  criteria: string[];
  owner: Reader;
  r: Reader;
  x: Reader;
  y: Reader;
  v: Reader;
  /** Any marker of X's or Y's rationale or evidence, or of the agreed reason. */
  secrets: RegExp;
}

async function reader(label: string, role: Role, slug?: string): Promise<Reader> {
  const name = `${label} ${suffix()}`;
  const member = await createMember({ role, slug, name });
  const actor = await sessionActor(member.userId);
  const { token } = await createToken(actor, member.slug, {
    name: `blind-${label}`,
    scopes: ["read"],
    expiresInDays: 1,
  });
  return { label, member, actor, token, name };
}

export async function blindScenario(): Promise<BlindScenario> {
  const tag = suffix();
  const catalogue = await owaspCatalogue();
  const owner = await reader("Owner", "owner");
  const slug = owner.member.slug;
  const [r, x, y, v] = [
    await reader("Rblind", "admin", slug),
    await reader("Xseer", "reviewer", slug),
    await reader("Yseer", "admin", slug),
    await reader("Vviewer", "viewer", slug),
  ];
  const { evaluationId: e0, frameworkId } = await createEvaluationFixture(slug);
  const { evaluationId: e1 } = await createEvaluationFixture(slug);
  await db().evaluationSection.updateMany({
    where: { evaluationId: { in: [e0, e1] }, sectionKey: { not: S } },
    data: { inScope: false, outOfScopeReason: "not offered" },
  });
  const criteria = (
    await db().criterion.findMany({
      where: { section: { key: S, catalogueId: catalogue.id } },
      orderBy: { position: "asc" },
      select: { key: true },
    })
  ).map((c) => c.key);
  for (const who of [x, y]) {
    for (const key of criteria) {
      await saveScore(who.actor, slug, e0, key, {
        value: 4,
        rationale: `SECRET-RATIONALE-${tag}-${who.label}-${key}`,
        evidence: [
          { url: `https://evidence.example/SECRET-EVIDENCE-${tag}-${who.label}-${key}`, grade: "tested" },
        ],
      });
    }
    await submitSection(who.actor, slug, e0, S);
  }
  for (const key of criteria)
    await saveScore(r.actor, slug, e0, key, { value: 0, rationale: `R's own view of ${key}` });
  await setAgreedScore(owner.actor, slug, e0, criteria[0], { value: 4, reason: `SECRET-AGREED-${tag}` });
  // An audit row as score saves wrote it before they stopped recording values: immutable, so
  // the read path has to withhold it.
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "score.saved",
      actor: x.actor,
      workspaceId: owner.member.workspaceId,
      targetType: "score",
      targetId: `${e0}/${criteria[1]}`,
      before: { value: 3, notApplicable: false, version: 1 },
      after: { value: 4, notApplicable: false, version: 2 },
    }),
  );
  return {
    slug,
    workspaceId: owner.member.workspaceId,
    e0,
    e1,
    frameworkId,
    criteria,
    owner,
    r,
    x,
    y,
    v,
    secrets: new RegExp(`SECRET-(RATIONALE|EVIDENCE|AGREED)-${tag}`),
  };
}

/** A GET of an /api/v1 route handler with `who`'s read token; the body as text. */
export async function apiGet<P>(
  handler: (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>,
  url: string,
  who: Reader,
  params: P,
) {
  const res = await handler(
    new NextRequest(`http://localhost${url}`, { headers: { authorization: `Bearer ${who.token}` } }),
    { params: Promise.resolve(params) },
  );
  return res.text();
}

/** Everything a file holds as text: XLSX rows read back through exceljs, cells joined by commas. */
export async function fileText(file: ExportFile) {
  if (!file.filename.endsWith(".xlsx")) return new TextDecoder().decode(file.body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
  const rows: string[] = [];
  wb.eachSheet((s) =>
    s.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((c) => cells.push(String(c.value)));
      rows.push(cells.join(","));
    }),
  );
  return rows.join("\n");
}

/** A PDF's text (poppler's pdftotext) without whitespace, so a marker wrapped over lines still matches. */
export function pdfText(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "blind-"));
  try {
    writeFileSync(path.join(dir, "r.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "r.pdf"), "-"])
      .toString("utf8")
      .replace(/\s+/g, "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A refused read ("forbidden", "not found") shows nothing: its output is the empty string. */
export async function orNothing(read: Promise<string>, codes = ["forbidden", "not_found"]) {
  try {
    return await read;
  } catch (err) {
    if (codes.includes((err as { code?: string }).code ?? "")) return "";
    throw err;
  }
}
