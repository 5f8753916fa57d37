import ExcelJS from "exceljs";
import { db } from "../../db";
import type { ExportFile } from "../../export/file";
import { createEvaluationFixture, sessionActor, type TestMember } from "../../testing/fixtures";
import { saveScore, submitSection } from "../evaluations/scores";

// Test fixture of the export suites.

/** Only the Gateway in scope; the owner scores and submits it, the reviewer does not. */
export async function scoredByOwner(owner: TestMember, value: number, rationale: string) {
  const { evaluationId } = await createEvaluationFixture(owner.slug);
  await db().evaluationSection.updateMany({
    where: { evaluationId, sectionKey: { not: "GW" } },
    data: { inScope: false, outOfScopeReason: "gateway only" },
  });
  const actor = await sessionActor(owner.userId);
  const gw = await db().criterion.findMany({
    where: { section: { key: "GW", catalogue: { slug: "owasp-iot-framework" } } },
    select: { key: true },
  });
  for (const c of gw)
    await saveScore(actor, owner.slug, evaluationId, c.key, {
      value,
      rationale: `${rationale} =1+1`,
      evidence: [{ url: "https://secret.example/doc", grade: "tested" }],
    });
  await submitSection(actor, owner.slug, evaluationId, "GW");
  return evaluationId;
}

/** Everything a file holds as text: XLSX cells are read back through exceljs. */
export async function text(file: ExportFile) {
  if (!file.filename.endsWith(".xlsx")) return new TextDecoder().decode(file.body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.body) as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => parts.push(String(c.value)))));
  return parts.join("\n");
}

