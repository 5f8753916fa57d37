import { AppError, type FieldIssue } from "../errors/app-error";
import { jsonPath } from "../errors/issue-path";
import { parseJsonWithin } from "../interop/json-limits";
import { BACKUP_JSON_LIMITS } from "../interop/limits";
import { assertNoNul } from "../schemas/parse";
import { referenceIssues } from "./references";
import { backupSchema, MAX_BACKUP_BYTES, type Backup } from "./schema";

/** The refusal of a backup file, naming its first problems by JSON path. */
export const backupRefusal = (issues: FieldIssue[]) =>
  new AppError(
    "validation_failed",
    `This is not a valid workspace backup: ${issues
      .slice(0, 3)
      .map((i) => `${i.field}: ${i.message}`)
      .join("; ")}`,
    issues,
  );

/**
 * Text → a checked backup: JSON under BACKUP_JSON_LIMITS (depth, nodes, keys, strings), schema, references, in that order; nothing is stored
 * yet. Pure (no database), so it runs in the worker pool: a hostile file costs a worker.
 */
export function parseBackupText(text: string): Backup {
  if (Buffer.byteLength(text, "utf8") > MAX_BACKUP_BYTES)
    throw new AppError("payload_too_large", `The backup exceeds ${MAX_BACKUP_BYTES} bytes.`);
  const raw = parseJsonWithin(text, "The backup", BACKUP_JSON_LIMITS);
  assertNoNul(raw); // PostgreSQL text cannot hold U+0000: refused by path, not a 500
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success)
    throw backupRefusal(
      parsed.error.issues.slice(0, 50).map((i) => ({ field: jsonPath(i.path), message: i.message })),
    );
  const b = parsed.data;
  const issues = referenceIssues(b);
  if (issues.length) throw backupRefusal(issues);
  return b;
}
