import { Composer, LineCounter, Parser, type Document, type YAMLError } from "yaml";
import { AppError } from "../../errors/app-error";
import { CISO_YAML_LIMITS } from "../limits";
import { checkYamlDocument, cstWithin, scanYamlTokens } from "../yaml-limits";

/** Uploads are capped before parsing; this is the parser's own guard for direct callers. */
export const MAX_YAML_BYTES = CISO_YAML_LIMITS.bytes;

function invalid(source: string, problem: YAMLError, lines: LineCounter): AppError {
  const { line, col } = lines.linePos(problem.pos[0]);
  const where = ` at line ${line}, column ${col}`;
  return new AppError(
    "validation_failed",
    `${source}: not valid YAML${where}: ${problem.message.split("\n")[0]}`,
    [{ field: "(body)", message: `invalid YAML${where}` }],
  );
}

/**
 * YAML → plain data, safely and in linear time, under CISO_YAML_LIMITS: the core schema only (no
 * custom or language tags, so nothing is ever instantiated); token counts and flow nesting
 * checked by the lexer before parsing, block nesting while parsing, then duplicate keys, exact
 * depth, string lengths and alias expansion on the document before it becomes data. Pure (no
 * I/O), so it can run in a worker.
 */
export function parseYamlSafely(text: string, source: string): unknown {
  const limits = CISO_YAML_LIMITS;
  if (Buffer.byteLength(text, "utf8") > limits.bytes) {
    throw new AppError("payload_too_large", `${source}: larger than ${limits.bytes} bytes`);
  }
  scanYamlTokens(text, limits, source);
  const lines = new LineCounter();
  const composer = new Composer({ schema: "core", customTags: [], uniqueKeys: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(
    cstWithin(text, new Parser(lines.addNewLine), lines, limits, source),
    true,
    text.length,
  )) {
    if (doc)
      throw new AppError("validation_failed", `${source}: holds more than one YAML document`, [
        { field: "(body)", message: "one YAML document expected" },
      ]);
    doc = next;
  }
  // An unknown tag is only a warning to the library; for an upload it is a refusal.
  const problem = doc!.errors[0] ?? doc!.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (problem) throw invalid(source, problem, lines);
  checkYamlDocument(doc!, lines, limits, source);
  // Aliases were counted as expanded above; the library's own guard stays as a backstop.
  return doc!.toJS({ maxAliasCount: limits.nodes });
}
