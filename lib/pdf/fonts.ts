import "server-only";
import path from "node:path";
import type { Font as FontStore } from "@react-pdf/renderer";

/**
 * Embedded fonts, so user text in any of the scripts we promise renders the same on every
 * machine (the PDF standard fonts cover Latin-1 only). No single Noto build covers all of
 * them: react-pdf picks, glyph by glyph, the first family in FONT_STACK that has the glyph —
 * Noto Sans for Latin/Greek/Cyrillic, then SC for Han and kana, then KR for Hangul. Only the
 * glyphs used are embedded (react-pdf subsets), so a report stays small.
 */
export const FONT_STACK = ["NotoSans", "NotoSansSC", "NotoSansKR"];

/*
 * The fallback chain costs layout time on every run of text it applies to (each glyph is
 * looked up family by family, and runs are split per font). Most text is Latin, Greek or
 * Cyrillic, which NotoSans covers alone, so pages default to NotoSans and FONT_STACK is set
 * where other text can appear: on the small parts as a whole, and per <Text> in the bulky
 * tables and details, where `scriptFont` keeps NotoSans alone only for strings made wholly of
 * what it surely covers (an allow-list, so symbols such as ✓ still reach the fallback).
 */
export const BASE_FONT = "NotoSans";
const BASE_ONLY = /^[\u0000-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1fff\u2000-\u2064\u20a0-\u20bf]*$/;
export const STACK = { fontFamily: FONT_STACK };

/** The style that selects the fallback chain when any of `texts` needs it, else nothing. */
export function scriptFont(...texts: Array<string | null | undefined>) {
  return texts.every((t) => !t || BASE_ONLY.test(t)) ? {} : STACK;
}

// Absolute paths from the working directory: the route handlers run unbundled from the app's
// root (react-pdf is a server-external package), as do tests and scripts.
const file = (pkg: string, dir: string, name: string) =>
  path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, dir, name);

let registered = false;

export function registerFonts(Font: typeof FontStore) {
  if (registered) return;
  registered = true;
  Font.register({
    family: "NotoSans",
    fonts: [
      { src: file("noto-sans", "400Regular", "NotoSans_400Regular.ttf"), fontWeight: 400 },
      { src: file("noto-sans", "400Regular_Italic", "NotoSans_400Regular_Italic.ttf"), fontWeight: 400, fontStyle: "italic" },
      { src: file("noto-sans", "700Bold", "NotoSans_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansSC",
    fonts: [
      { src: file("noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf"), fontWeight: 400 },
      { src: file("noto-sans-sc", "700Bold", "NotoSansSC_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  Font.register({
    family: "NotoSansKR",
    fonts: [
      { src: file("noto-sans-kr", "400Regular", "NotoSansKR_400Regular.ttf"), fontWeight: 400 },
      { src: file("noto-sans-kr", "700Bold", "NotoSansKR_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  // No automatic hyphenation: it is English-only and would split names, URLs and CJK text at
  // odd places. Long words (URLs) still wrap, in pieces of up to 8 characters: fewer break
  // points for the line breaker to weigh than one per character.
  Font.registerHyphenationCallback((word) => (word.length > 24 ? word.match(/[^]{1,8}/gu)! : [word]));
}
