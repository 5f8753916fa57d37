import { AppError } from "../errors/app-error";

/**
 * Rejects JSON nested deeper than `max` before a recursive schema walks it: a hostile file of
 * a million nested arrays must be a 400, not a stack overflow. Iterative, so it cannot overflow.
 */
export function assertMaxDepth(value: unknown, max: number, source: string) {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (depth > max) {
      throw new AppError("validation_failed", `${source}: nested more than ${max} levels deep`);
    }
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
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

/** JSON.parse with an error that names the source and the line/column of the fault. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const pos = errorOffset((err as Error).message, text);
    let where = "";
    if (Number.isFinite(pos)) {
      const before = text.slice(0, pos).split("\n");
      where = ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
    }
    throw new AppError("validation_failed", `${source}: not valid JSON${where}`);
  }
}
