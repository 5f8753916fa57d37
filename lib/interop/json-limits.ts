import { jsonPath } from "../errors/issue-path";
import { limitExceeded, lineColumn, parseJson, type LimitName, type ParseLimits } from "./limits";

/**
 * One pass over the text, strings skipped: brackets nested deeper than the limit are refused
 * (with their line) before JSON.parse builds a million nested arrays out of a few MB of `[`.
 */
export function scanJsonNesting(text: string, limits: ParseLimits, source: string) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: jump to its closing quote, skipping escaped characters
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.depth) throw limitExceeded(source, lineColumn(text, i), "depth", limits.depth);
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
}

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | null;
  key: string | number | null;
}

function pathOf(frame: Frame, key?: string): string {
  const parts: Array<string | number> = key === undefined ? [] : [key];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) parts.push(f.key);
  return jsonPath(parts.reverse());
}

/**
 * Depth, node, key and string-length limits over parsed JSON, walked iteratively in document
 * order (a hostile file cannot overflow the stack); the error names the JSON path of the first
 * value over a limit. Counts: every value and every key is a node.
 */
export function assertJsonLimits(value: unknown, limits: ParseLimits, source: string) {
  let nodes = 0;
  let keys = 0;
  const over = (frame: Frame, name: LimitName, max: number, key?: string) =>
    limitExceeded(source, { path: pathOf(frame, key) }, name, max);
  const stack: Frame[] = [{ value, depth: 1, parent: null, key: null }];
  while (stack.length) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (++nodes > limits.nodes) throw over(frame, "nodes", limits.nodes);
    if (typeof v === "string" && v.length > limits.string) throw over(frame, "string", limits.string);
    if (v === null || typeof v !== "object") continue;
    if (frame.depth > limits.depth) throw over(frame, "depth", limits.depth);
    const depth = frame.depth + 1;
    if (Array.isArray(v)) {
      // Checked before pushing, so a million-element array is refused without a million frames.
      if (nodes + v.length > limits.nodes) throw over(frame, "nodes", limits.nodes);
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth, parent: frame, key: i });
      continue;
    }
    const names = Object.keys(v);
    if (keys + names.length > limits.keys) throw over(frame, "keys", limits.keys);
    keys += names.length;
    nodes += names.length;
    if (nodes > limits.nodes) throw over(frame, "nodes", limits.nodes);
    for (let i = names.length - 1; i >= 0; i--) {
      if (names[i].length > limits.string) throw over(frame, "string", limits.string, names[i].slice(0, 40));
      stack.push({ value: (v as Record<string, unknown>)[names[i]], depth, parent: frame, key: names[i] });
    }
  }
}

/** JSON text → value under `limits`: nesting pre-scan, JSON.parse (linear), then the counts. */
export function parseJsonWithin(text: string, source: string, limits: ParseLimits): unknown {
  scanJsonNesting(text, limits, source);
  const value = parseJson(text, source);
  assertJsonLimits(value, limits, source);
  return value;
}
