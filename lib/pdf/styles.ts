import { vendorStyle } from "../compare/vendor-colors";

export const INK = "#0f172a";
export const MUTED = "#64748b";
export const RULE = "#cbd5e1";
export const SOFT = "#f1f5f9";
export const STRIPE = "#f8fafc";
export const DANGER = "#b91c1c";
export const ACCENT = "#1d4ed8";

/** Type sizes in points. */
export const SIZE = { body: 9, small: 7.5, tiny: 6, h1: 24, h2: 13, h3: 10.5, header: 7 } as const;

/** A4 in points, and the margins the running header and footer sit in. */
export const PAGE = { width: 595.28, height: 841.89, top: 44, bottom: 52, left: 44, right: 44 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * The dashboard's vendor colours (one palette module for screen and paper, so a vendor is the
 * same colour in both). The palette's theme-following entry becomes plain ink on white paper.
 */
export function vendorColor(index: number) {
  const { color, dash } = vendorStyle(index);
  return { color: color.startsWith("var(") ? INK : color, dash };
}
