import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/**
 * Embedded fonts, so user text in every script we promise renders the same on every machine
 * (the PDF standard fonts cover Latin-1 only). No single Noto build covers all of them, so
 * text is split into runs, each set in the first family that has its glyphs: Noto Sans for
 * Latin, Greek and Cyrillic, then SC for Han and kana, then KR for Hangul. pdfkit embeds only
 * the glyphs used, so a report stays small.
 */
export type Family = "NotoSans" | "NotoSansSC" | "NotoSansKR";
export type Weight = "regular" | "bold" | "italic";
const FAMILIES: Family[] = ["NotoSans", "NotoSansSC", "NotoSansKR"];

const FILES: Record<Family, Partial<Record<Weight, [string, string]>>> = {
  NotoSans: {
    regular: ["400Regular", "NotoSans_400Regular.ttf"],
    bold: ["700Bold", "NotoSans_700Bold.ttf"],
    italic: ["400Regular_Italic", "NotoSans_400Regular_Italic.ttf"],
  },
  NotoSansSC: {
    regular: ["400Regular", "NotoSansSC_400Regular.ttf"],
    bold: ["700Bold", "NotoSansSC_700Bold.ttf"],
  },
  NotoSansKR: {
    regular: ["400Regular", "NotoSansKR_400Regular.ttf"],
    bold: ["700Bold", "NotoSansKR_700Bold.ttf"],
  },
};
const PACKAGE: Record<Family, string> = {
  NotoSans: "noto-sans",
  NotoSansSC: "noto-sans-sc",
  NotoSansKR: "noto-sans-kr",
};

/** The pdfkit font name of a family in a weight (the CJK families have no italic: regular). */
export const fontName = (family: Family, weight: Weight) =>
  `${family}-${FILES[family][weight] ? weight : "regular"}`;

// Read once per process (the CJK files are about 10 MB each); pdfkit parses them per document
// and only when a document uses them.
const buffers = new Map<string, Buffer>();
function fontFile(family: Family, weight: Weight): Buffer {
  const key = fontName(family, weight);
  let buf = buffers.get(key);
  if (!buf) {
    const [dir, name] = FILES[family][weight] ?? FILES[family].regular!;
    // From the working directory: route handlers run from the app's root, as do tests and scripts.
    buf = readFileSync(
      path.join(process.cwd(), "node_modules", "@expo-google-fonts", PACKAGE[family], dir, name),
    );
    buffers.set(key, buf);
  }
  return buf;
}

/** Registers every family and weight on a pdfkit document (lazily loaded by pdfkit on first use). */
export function registerFonts(doc: PDFKit.PDFDocument) {
  for (const family of FAMILIES) {
    for (const weight of ["regular", "bold", "italic"] as const) {
      if (FILES[family][weight]) doc.registerFont(fontName(family, weight), fontFile(family, weight));
    }
  }
}

/*
 * Strings made only of what Noto Sans surely covers (an allow-list: Latin, Greek, Cyrillic,
 * general punctuation, currency) skip the per-character lookup, which is most text.
 * Symbols outside it (✓, arrows, CJK) are looked up glyph by glyph.
 */
const BASE_ONLY = /^[\u0000-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff\u2000-\u2064\u20a0-\u20bf]*$/;
// Whitespace, marks and invisible format characters (zero-width, bidi controls) stay in the
// run they appear in: they have no glyph of their own to choose a font by.
const STICKY = /^[\s\p{M}\p{Cf}]$/u;

const coverage = new Map<Family, fontkit.Font>();
const familyOf = new Map<number, Family | null>();

function familyFor(ch: string): Family | null {
  const cp = ch.codePointAt(0)!;
  let family = familyOf.get(cp);
  if (family !== undefined) return family;
  family = null;
  if (!STICKY.test(ch)) {
    for (const f of FAMILIES) {
      let font = coverage.get(f);
      if (!font) {
        font = fontkit.create(fontFile(f, "regular")) as fontkit.Font;
        coverage.set(f, font);
      }
      if (font.hasGlyphForCodePoint(cp)) {
        family = f;
        break;
      }
    }
  }
  familyOf.set(cp, family);
  return family;
}

export interface FontRun {
  family: Family;
  text: string;
}

/** `text` cut into runs by the family that draws them (one run for plain Latin/Greek/Cyrillic). */
export function fontRuns(text: string): FontRun[] {
  if (BASE_ONLY.test(text)) return [{ family: "NotoSans", text }];
  const runs: FontRun[] = [];
  let current: Family | null = null;
  let buf = "";
  for (const ch of text) {
    // A character no family has is drawn by the current run's font (as a missing-glyph box).
    const family: Family = familyFor(ch) ?? current ?? "NotoSans";
    if (family !== current && buf) {
      runs.push({ family: current!, text: buf });
      buf = "";
    }
    current = family;
    buf += ch;
  }
  if (buf) runs.push({ family: current!, text: buf });
  return runs;
}

/** The families to measure `text` in: Noto Sans alone, or with the fallback family it needs. */
export function measureFamilies(text: string): Family[] {
  if (BASE_ONLY.test(text)) return ["NotoSans"];
  return [...new Set<Family>(["NotoSans", ...fontRuns(text).map((r) => r.family)])];
}
