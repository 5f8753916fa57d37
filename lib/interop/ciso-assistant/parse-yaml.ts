import { parseDocument } from "yaml";
import { AppError } from "../../errors/app-error";
import { assertMaxDepth } from "../limits";

/** Uploads are capped before parsing; this is the parser's own guard for direct callers. */
export const MAX_YAML_BYTES = 5 * 1024 * 1024;

/**
 * YAML → plain data, safely: the core schema only (no custom or language tags, so nothing is
 * ever instantiated), few aliases (a "billion laughs" file is refused, not expanded), and a
 * depth cap checked before any recursive schema walks the result.
 */
export function parseYamlSafely(text: string, source: string): unknown {
  if (Buffer.byteLength(text, "utf8") > MAX_YAML_BYTES) {
    throw new AppError("payload_too_large", `${source}: larger than ${MAX_YAML_BYTES} bytes`);
  }
  const doc = parseDocument(text, { schema: "core", customTags: [], uniqueKeys: true, prettyErrors: true });
  // An unknown tag is only a warning to the library; for an upload it is a refusal.
  const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (problem) {
    const at = problem.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : "";
    throw new AppError("validation_failed", `${source}: not valid YAML${where}: ${problem.message.split("\n")[0]}`,
      [{ field: "(body)", message: `invalid YAML${where}` }]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new AppError("validation_failed", `${source}: ${(err as Error).message.split("\n")[0]}`, [{ field: "(body)", message: "YAML aliases expand too far" }]);
  }
  assertMaxDepth(value, 64, source);
  return value;
}
