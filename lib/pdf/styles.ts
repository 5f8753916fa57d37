import { styleSheet } from "./primitives";
import { vendorStyle } from "../../components/compare/charts/vendor-colors";
import { BASE_FONT } from "./fonts";

export const INK = "#0f172a";
export const MUTED = "#64748b";
export const RULE = "#cbd5e1";
export const SOFT = "#f1f5f9";
export const DANGER = "#b91c1c";
export const ACCENT = "#1d4ed8";

/**
 * The dashboard's vendor colours (one palette module for screen and paper, so a vendor is the
 * same colour in both). The palette's theme-following entry becomes plain ink on white paper.
 */
export function vendorColor(index: number) {
  const { color, dash } = vendorStyle(index);
  return { color: color.startsWith("var(") ? INK : color, dash };
}

export const s = styleSheet({
  page: { fontFamily: BASE_FONT, fontSize: 9, color: INK, paddingTop: 44, paddingBottom: 52, paddingHorizontal: 44, lineHeight: 1.35 },
  header: { position: "absolute", top: 18, left: 44, right: 44, fontSize: 7, color: MUTED, flexDirection: "row", justifyContent: "space-between" },
  // Placed from the top: a fixed `bottom`-anchored footer did not render at all in react-pdf 4.9.
  footer: { position: "absolute", top: 806, left: 44, right: 44, fontSize: 7, color: MUTED, flexDirection: "row", justifyContent: "space-between", borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  // Headings set their own lineHeight: the page's (1.35 × 9 pt) is inherited as points, so
  // a wrapped 24 pt cover title overprinted its own lines.
  h1: { fontSize: 18, fontWeight: 700, marginBottom: 10, lineHeight: 1.2 },
  h2: { fontSize: 13, fontWeight: 700, marginTop: 6, marginBottom: 6, lineHeight: 1.25 },
  h3: { fontSize: 10.5, fontWeight: 700, marginTop: 8, marginBottom: 4 },
  p: { marginBottom: 5 },
  muted: { color: MUTED },
  small: { fontSize: 7.5 },
  bold: { fontWeight: 700 },
  danger: { color: DANGER, fontWeight: 700 },
  link: { color: ACCENT, textDecoration: "underline" },
  table: { borderTopWidth: 0.5, borderTopColor: RULE, marginBottom: 8 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE },
  th: { backgroundColor: SOFT, fontWeight: 700 },
  td: { paddingVertical: 2.5, paddingHorizontal: 3 },
  num: { textAlign: "right" },
  // No borderRadius: react-pdf 4.9 computes a broken clip path for rounded boxes split across pages.
  box: { borderWidth: 0.5, borderColor: RULE, padding: 6, marginBottom: 6 },
  swatch: { width: 8, height: 8, marginRight: 4, marginTop: 1 },
});
