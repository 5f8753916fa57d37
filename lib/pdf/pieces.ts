import { fontRuns, type Family } from "./fonts";
import type { Span } from "./writer";

export type Piece = Span & { family: Family };

// Every forced line break pdfkit knows becomes "\n" (handled by splitting lines); a tab, which
// no embedded font draws, becomes spaces.
const BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
// pdfkit re-measures the rest of a word that is wider than the line on every line it wraps
// (and caches each remainder), so a 10 kB word without spaces — a pasted hash or token — costs
// quadratic time and memory. Such words are cut into pieces shorter than a line, which wrap
// one by one. Ordinary URLs stay whole (each piece of a link is its own link annotation).
const LONG_WORD = /(\S{81,})/;
const CHUNK = 40;

function splitLongWords(text: string): string[] {
  if (!LONG_WORD.test(text)) return [text];
  return text.split(LONG_WORD).flatMap((part, i) => {
    if (i % 2 === 0) return part ? [part] : [];
    const chars = Array.from(part);
    return Array.from({ length: Math.ceil(chars.length / CHUNK) }, (_, k) =>
      chars.slice(k * CHUNK, k * CHUNK + CHUNK).join(""),
    );
  });
}

/**
 * A paragraph's spans as lines of pieces: one style and one font each, no line breaks inside.
 * Each line is drawn as its own chain of continued pieces (pdfkit mis-places the pieces that
 * follow a line break inside a continued chain).
 */
export function toLines(spans: Span[]): Piece[][] {
  const lines: Span[][] = [[]];
  for (const sp of spans) {
    sp.text
      .replace(BREAKS, "\n")
      .replace(/\t/g, "    ")
      .split("\n")
      .forEach((t, i) => {
        if (i > 0) lines.push([]);
        if (t) lines[lines.length - 1].push({ ...sp, text: t });
      });
  }
  return lines.map((line) =>
    line.flatMap((sp) =>
      fontRuns(sp.text).flatMap((r) =>
        splitLongWords(r.text).map((text) => ({ ...sp, family: r.family, text })),
      ),
    ),
  );
}
