import { AppError } from "../errors/app-error";

/**
 * Every limit an uploaded document is parsed under, in one place (the README's limits table is
 * written from this file). Each parser checks them as it goes, in time linear in the input, so a
 * hostile file is refused before it costs more than a file of the same size within the limits.
 *
 * - `depth`: nested mappings/sequences (objects/arrays).
 * - `nodes`: every key and every value (mapping, sequence or scalar) — a YAML alias counts as
 *   the nodes it expands to, so a "billion laughs" file is refused without being expanded.
 * - `keys`: mapping entries in the whole document.
 * - `string`: characters in one key or value.
 * - `aliases`: YAML alias references (`*name`).
 */
export interface ParseLimits {
  /** The document kind, as errors and the README name it. */
  readonly kind: string;
  readonly bytes: number;
  readonly depth: number;
  readonly nodes: number;
  readonly keys: number;
  readonly string: number;
  readonly aliases: number;
}

const MiB = 1024 * 1024;

/**
 * OSCAL catalogues arrive as JSON, which parses ~30× faster than YAML, so the counts are higher:
 * NIST SP 800-53 rev5 moderate (1.8 MB) has 123,500 nodes and 52,700 keys.
 */
export const OSCAL_JSON_LIMITS: ParseLimits = {
  kind: "OSCAL catalog (JSON)",
  bytes: 5 * MiB,
  depth: 64,
  nodes: 1_000_000,
  keys: 500_000,
  string: 100_000,
  aliases: 0,
};

/**
 * The largest real CISO Assistant library we know (ISO 27001:2022, 615 kB) has 6,085 keys and
 * 12,700 nodes; 50,000 keys keeps an 8× margin and refuses a flood of keys before parsing it all.
 */
export const CISO_YAML_LIMITS: ParseLimits = {
  kind: "CISO Assistant library (YAML)",
  bytes: 5 * MiB,
  depth: 64,
  nodes: 250_000,
  keys: 50_000,
  string: 100_000,
  aliases: 100,
};

/** A workspace backup (JSON, up to 100,000 scores per evaluation); its catalogues are re-imported under the OSCAL limits. */
export const BACKUP_JSON_LIMITS: ParseLimits = {
  kind: "workspace backup (JSON)",
  bytes: 20 * MiB,
  depth: 64,
  nodes: 4_000_000,
  keys: 2_000_000,
  string: 100_000,
  aliases: 0,
};

/**
 * OSCAL parameter inserts (`{{ insert: param, id }}`) can nest: a parameter's choices may insert
 * parameters in turn, so a few kB can describe gigabytes of text. Expansion is bounded per text
 * field and per catalogue; a parameter that inserts itself (directly or not) is refused.
 */
export const OSCAL_EXPANSION_LIMITS: { readonly fieldChars: number; readonly catalogueChars: number } = {
  fieldChars: 100_000,
  catalogueChars: 2_000_000,
};

export type LimitName = "depth" | "nodes" | "keys" | "string" | "aliases" | "expanded text";

const n = (x: number) => x.toLocaleString("en");

/** What went over, in words: "more than 50,000 keys". */
export function describeLimit(name: LimitName, max: number): string {
  switch (name) {
    case "depth":
      return `nested more than ${max} levels deep`;
    case "nodes":
      return `more than ${n(max)} nodes (keys and values)`;
    case "keys":
      return `more than ${n(max)} keys (mapping entries)`;
    case "string":
      return `a string longer than ${n(max)} characters`;
    case "aliases":
      return `more than ${n(max)} aliases`;
    case "expanded text":
      return `expanded text longer than ${n(max)} characters (parameter inserts)`;
  }
}

/**
 * A refused document: 400 `validation_failed` (like the catalogue import's other refusals), the
 * message naming the source, where (a JSON path, or a YAML line), the limit and its value.
 */
export function limitExceeded(
  source: string,
  where: { path?: string; line?: number; col?: number },
  name: LimitName,
  max: number,
  extra = "",
) {
  const at =
    where.path ?? (where.line ? `line ${where.line}${where.col ? `, column ${where.col}` : ""}` : "");
  const what = describeLimit(name, max) + extra;
  return new AppError(
    "validation_failed",
    `${source}: ${at ? `${at}: ` : ""}${what} (limit "${name}" = ${n(max)})`,
    [
      {
        field: where.path ? where.path.replace(/^\$\.?/, "") || "(body)" : "(body)",
        message: `${at && !where.path ? `${at}: ` : ""}${what} (limit "${name}" = ${n(max)})`,
      },
    ],
    { limit: name, max },
  );
}

/**
 * Where JSON.parse gave up. Newer V8 says "position N"; Node 20 often gives only the
 * offending token and a snippet of the text around it, which we locate in the source.
 */
function errorOffset(message: string, text: string): number {
  const explicit = /position (\d+)/.exec(message);
  if (explicit) return Number(explicit[1]);
  if (/end of JSON input/.test(message)) return text.length;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const snippet = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  if (!token || !snippet) return NaN;
  const at = text.indexOf(snippet);
  return at < 0 ? NaN : at + snippet.indexOf(token);
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

/** JSON.parse with an error that names the source and the line/column of the fault. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const pos = errorOffset((err as Error).message, text);
    let where = "";
    if (Number.isFinite(pos)) {
      const { line, col } = lineColumn(text, pos);
      where = ` at line ${line}, column ${col}`;
    }
    throw new AppError("validation_failed", `${source}: not valid JSON${where}`);
  }
}
