import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * Embedded fonts, so user text in any of the scripts we promise renders the same on every
 * machine (the PDF standard fonts cover Latin-1 only). No single Noto build covers all of
 * them: react-pdf picks, glyph by glyph, the first family in FONT_STACK that has the glyph —
 * Noto Sans for Latin/Greek/Cyrillic, then SC for Han and kana, then KR for Hangul. Only the
 * glyphs used are embedded (react-pdf subsets), so a report stays small.
 */
export const FONT_STACK = ["NotoSans", "NotoSansSC", "NotoSansKR"];

// Absolute paths from the working directory: the route handlers run unbundled from the app's
// root (react-pdf is a server-external package), as do tests and scripts.
const file = (pkg: string, dir: string, name: string) =>
  path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, dir, name);

let registered = false;

export function registerFonts() {
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
  // odd places. Long words still wrap, at character boundaries.
  Font.registerHyphenationCallback((word) => (word.length > 24 ? Array.from(word) : [word]));
}
