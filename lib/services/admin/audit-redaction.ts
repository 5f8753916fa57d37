import "server-only";
import type { Role } from "../../generated/prisma/enums";
import { loadEvaluation, type LoadedEvaluation } from "../evaluations/evaluation-access";
import { canSeeOthers } from "../evaluations/scores";

/**
 * The blind rule on the audit read path. Audit rows are immutable (and hash-chained), so rows
 * written before score events stopped carrying values still hold them; they are withheld here,
 * at read time, and the row says so (`redacted`), which is also why its hash no longer matches
 * the shown content (`npm run admin -- verify-audit` checks the stored rows).
 *
 * - `score.*`: a reviewer's value, N/A, rationale and evidence never show, to anyone: the
 *   score history keeps them, behind the blind rule (evaluationActivity, listScores).
 * - `consensus.*` (agreed values): an owner's/admin's record of the agreed value and its
 *   reason is shown only to a reader who may see that section's consensus (canSeeOthers),
 *   as listAgreedScores does; an unknown evaluation or criterion withholds it.
 */
const SCORE_FIELDS = ["value", "notApplicable", "rationale", "evidence"];
const AGREED_FIELDS = ["value", "notApplicable", "reason"];

export interface AuditReader {
  workspaceId: string;
  userId: string;
  role: Role;
}
interface Row {
  action: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

function strip(body: unknown, fields: string[]): { body: unknown; removed: boolean } {
  if (!body || typeof body !== "object" || Array.isArray(body)) return { body, removed: false };
  const kept = Object.entries(body).filter(([k]) => !fields.includes(k));
  return kept.length === Object.keys(body).length
    ? { body, removed: false }
    : { body: Object.fromEntries(kept), removed: true };
}

/** A redactor for one reader and one read (it caches the evaluations it looks at). */
export function auditRedactor(reader: AuditReader) {
  const evaluations = new Map<string, Promise<LoadedEvaluation | null>>();
  const evaluation = (id: string) => {
    let ev = evaluations.get(id);
    if (!ev) {
      ev = loadEvaluation(reader.workspaceId, id).catch(() => null);
      evaluations.set(id, ev);
    }
    return ev;
  };

  async function mayRead(targetId: string | null) {
    const [evaluationId, criterionKey] = (targetId ?? "").split("/");
    const ev = evaluationId && criterionKey ? await evaluation(evaluationId) : null;
    const section = ev?.sections.find((s) => s.criteria.some((c) => c.key === criterionKey));
    return !!ev && !!section && canSeeOthers(ev, section, reader.userId, reader.role);
  }

  return async function redact<T extends Row>(row: T): Promise<T & { redacted: boolean }> {
    const fields = row.action.startsWith("score.")
      ? SCORE_FIELDS
      : row.action.startsWith("consensus.") && !(await mayRead(row.targetId))
        ? AGREED_FIELDS
        : null;
    if (!fields) return { ...row, redacted: false };
    const before = strip(row.before, fields);
    const after = strip(row.after, fields);
    return {
      ...row,
      before: before.body,
      after: after.body,
      redacted: before.removed || after.removed,
    } as T & { redacted: boolean };
  };
}
