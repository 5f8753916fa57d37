"use client";

import { useId, type CSSProperties, type ReactNode } from "react";
import { TableScroll } from "@/components/ui/table-scroll";
import { NearViewport } from "./near-viewport";
import { vendorStyle } from "@/lib/compare/vendor-colors";

export interface ChartFigureProps {
  /** Visible caption; also the figure's accessible name. */
  title: string;
  /** Smaller text under the title, e.g. how missing values are drawn. */
  note?: ReactNode;
  /** Accessible name of the drawing (role="img"): what it shows, in words. */
  imgLabel: string;
  /**
   * Size of the drawing area, e.g. { height: 320 }; minWidth makes it scroll sideways on narrow
   * screens. null: nothing to draw, so only the (then open) table is shown.
   */
  size: { height: number; minWidth?: number } | null;
  legend?: ReactNode;
  /** The data-table alternative: a <table> holding exactly the plotted numbers. */
  table: ReactNode;
  children: ReactNode;
}

/**
 * A chart with its caption, an accessible name and a "Show the numbers" table. The SVG sits
 * inside role="img", so screen readers get the label and the table instead of SVG fragments.
 */
export function ChartFigure({ title, note, imgLabel, size, legend, table, children }: ChartFigureProps) {
  const captionId = useId();
  const style: CSSProperties = { height: size?.height, minWidth: size?.minWidth };
  const drawing = size && (
    <div role="img" aria-label={imgLabel} className="w-full" style={style}>
      <NearViewport>{children}</NearViewport>
    </div>
  );
  return (
    <figure className="grid min-w-0 gap-2" aria-labelledby={captionId}>
      <figcaption id={captionId} className="text-sm">
        <span className="font-medium">{title}</span>
        {note && <span className="mt-0.5 block text-xs text-muted">{note}</span>}
      </figcaption>
      {size?.minWidth ? (
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={`${title} (scrolls sideways)`}
        >
          {drawing}
        </div>
      ) : (
        drawing
      )}
      {size && legend}
      <details className="text-sm" open={!size || undefined}>
        <summary className="cursor-pointer text-muted">Show the numbers</summary>
        <div className="mt-2">
          <TableScroll label={`${title}: the numbers`}>{table}</TableScroll>
        </div>
      </details>
    </figure>
  );
}

/** A legend as HTML (wraps on phones), with each vendor's colour and, for lines, its dash. */
export function VendorLegend({
  vendors,
  colorIndex,
  shape,
}: {
  vendors: ReadonlyArray<{ id: string; name: string }>;
  colorIndex: ReadonlyMap<string, number>;
  shape: "line" | "square";
}) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
      {vendors.map((v) => {
        const { color, dash } = vendorStyle(colorIndex.get(v.id) ?? 0);
        return (
          <li key={v.id} className="inline-flex items-center gap-1.5">
            {shape === "line" ? (
              <svg width="28" height="10" aria-hidden="true" className="shrink-0">
                <line x1="1" y1="5" x2="27" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash} />
              </svg>
            ) : (
              <span
                aria-hidden="true"
                className="inline-block size-3 shrink-0 rounded-sm"
                style={{ background: color }}
              />
            )}
            <span>{v.name}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Shared Tailwind classes for the data tables. */
export const th = "px-3 py-1.5 text-left font-medium";
export const thNum = "px-3 py-1.5 text-right font-medium";
export const td = "px-3 py-1.5";
export const tdNum = "px-3 py-1.5 text-right tabular-nums";

/** Axis and grid props that follow the theme (light and dark). */
export const AXIS_TICK = { fill: "var(--color-muted)", fontSize: 12 } as const;
export const GRID_STROKE = "var(--color-border)";
export const TOOLTIP_STYLE = {
  contentStyle: {
    background: "var(--color-surface)",
    border: "1px solid var(--color-border)",
    borderRadius: 6,
    color: "var(--color-fg)",
    fontSize: 12,
  },
  labelStyle: { color: "var(--color-fg)", fontWeight: 600 },
  itemStyle: { color: "var(--color-fg)" },
} as const;
