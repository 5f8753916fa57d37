/**
 * Colours for the comparison charts.
 *
 * - Vendors: a categorical palette safe for the common colour-vision deficiencies (Okabe–Ito
 *   first, then mid-luminance colours from Paul Tol's palettes that stay visible on both the
 *   light and the dark surface), each paired with a stroke dash pattern so lines still differ
 *   in grey-scale or for someone who cannot tell two hues apart.
 * - Consensus: a sequential scale (cividis stops: dark blue → grey → yellow, monotonic in
 *   lightness and readable with any colour-vision deficiency) with a text colour picked for
 *   contrast. Every cell prints its number too, so colour never carries the value alone.
 * - N/A, unscored, hidden and out-of-scope cells get neutral theme colours and patterns.
 */

export const MAX_VENDORS = 20;

/** Okabe–Ito black follows the theme's foreground so it stays visible in dark mode. */
const OKABE_ITO = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#56B4E9",
  "#CC79A7",
  "var(--color-fg)",
  "#F0E442",
];
const EXTRA = [
  "#AA4499",
  "#44AA99",
  "#999933",
  "#CC6677",
  "#6699CC",
  "#997700",
  "#EE8866",
  "#117733",
  "#BBCC33",
  "#994455",
  "#77AADD",
  "#882255",
];

/** 20 categorical colours; the first 8 are Okabe–Ito. */
export const VENDOR_COLORS: readonly string[] = [...OKABE_ITO, ...EXTRA];

/** SVG stroke-dasharray values; "" is a solid line. Seven patterns that stay apart at 2 px, cycled: neighbours in the order always differ in dash as well as colour. */
export const VENDOR_DASHES: readonly string[] = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 3 2 3 2 3", "1 4"];

export interface VendorStyle {
  color: string;
  /** undefined for a solid line. */
  dash: string | undefined;
}

/** The colour and dash of the vendor at `index` (wraps after MAX_VENDORS). */
export function vendorStyle(index: number): VendorStyle {
  const i = ((index % MAX_VENDORS) + MAX_VENDORS) % MAX_VENDORS;
  const dash = VENDOR_DASHES[i % VENDOR_DASHES.length];
  return { color: VENDOR_COLORS[i], dash: dash === "" ? undefined : dash };
}

/**
 * id → colour index. Colours follow `order` when given (e.g. the comparison's vendor order),
 * otherwise vendor names (then ids) in code-unit order, so a vendor keeps its colour when a
 * different weight profile reorders the ranking.
 */
export function colorIndexById(
  vendors: ReadonlyArray<{ id: string; name: string }>,
  order?: readonly string[],
): Map<string, number> {
  const ids = order
    ? [
        ...order.filter((id) => vendors.some((v) => v.id === id)),
        ...vendors.map((v) => v.id).filter((id) => !order.includes(id)),
      ]
    : [...vendors]
        .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
        .map((v) => v.id);
  return new Map(ids.map((id, i) => [id, i]));
}

// ---------------------------------------------------------------------------------------------
// Sequential scale

/** Cividis, sampled at 9 even stops. */
export const SEQUENTIAL_STOPS: readonly string[] = [
  "#00224e",
  "#123570",
  "#3b496c",
  "#575d6d",
  "#707173",
  "#8a8779",
  "#a69d75",
  "#c4b56c",
  "#fee838",
];

type Rgb = [number, number, number];
const hexToRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const rgbToHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

export interface CellColors {
  background: string;
  /** #000 or #fff, whichever contrasts more with the background (always ≥ 4.5:1 on this scale). */
  color: string;
}

/** Background and text colour for a consensus `value` on 0..max. Values are clamped to the range. */
export function sequentialColor(value: number, max: number): CellColors {
  const t = max > 0 && Number.isFinite(value) ? Math.min(1, Math.max(0, value / max)) : 0;
  const pos = t * (SEQUENTIAL_STOPS.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(SEQUENTIAL_STOPS.length - 1, lo + 1);
  const a = hexToRgb(SEQUENTIAL_STOPS[lo]);
  const b = hexToRgb(SEQUENTIAL_STOPS[hi]);
  const f = pos - lo;
  const rgb: Rgb = [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
  const l = luminance(rgb);
  return { background: rgbToHex(rgb), color: contrast(l, 0) >= contrast(l, 1) ? "#000000" : "#ffffff" };
}

/** A CSS linear-gradient of the whole scale, for a legend bar. */
export const SEQUENTIAL_GRADIENT = `linear-gradient(to right, ${SEQUENTIAL_STOPS.join(", ")})`;

// ---------------------------------------------------------------------------------------------
// Neutral cells

export type NeutralState = "na" | "unscored" | "hidden" | "out";

export interface NeutralCell {
  /** What the cell prints. */
  text: string;
  /** What a screen reader reads instead of `text` in a cell. */
  srText: string;
  /** Shown in the legend. */
  description: string;
  style: { background: string; backgroundImage?: string; color: string };
}

const hatch = (angle: number) =>
  `repeating-linear-gradient(${angle}deg, transparent 0 4px, var(--color-border) 4px 5px)`;

export const NEUTRAL_CELLS: Record<NeutralState, NeutralCell> = {
  na: {
    text: "N/A",
    srText: "not applicable",
    description: "not applicable",
    style: { background: "var(--color-surface-2)", color: "var(--color-muted)" },
  },
  unscored: {
    text: "–",
    srText: "unscored",
    description: "unscored",
    style: { background: "var(--color-surface)", color: "var(--color-muted)" },
  },
  hidden: {
    text: "hidden",
    srText: "hidden",
    description: "hidden until you submit the section",
    style: { background: "var(--color-surface-2)", backgroundImage: hatch(135), color: "var(--color-muted)" },
  },
  out: {
    text: "out",
    srText: "out of scope",
    description: "section out of scope",
    style: {
      background: "var(--color-surface)",
      backgroundImage: `${hatch(45)}, ${hatch(135)}`,
      color: "var(--color-muted)",
    },
  },
};
