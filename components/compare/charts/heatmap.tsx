"use client";

import { useId } from "react";
import type { ComparisonData, ComparisonVendor } from "@/lib/compare/types";
import { formatConsensus } from "./format";
import {
  NEUTRAL_CELLS,
  SEQUENTIAL_GRADIENT,
  sequentialColor,
  type NeutralState,
} from "@/lib/compare/vendor-colors";
import { Muted } from "../../ui/muted";

export interface ConsensusHeatmapProps {
  data: ComparisonData;
  /** Columns, in this order. */
  vendors: ReadonlyArray<{ evaluationId: string; label: string }>;
  /** Rows, in this order; consecutive criteria of one section are grouped under its title. */
  criteria: ReadonlyArray<{ key: string; title: string; sectionKey: string }>;
  title?: string;
}

type Cell = { kind: "value"; value: number } | { kind: NeutralState };

function cellOf(vendor: ComparisonVendor | undefined, sectionKey: string, criterionKey: string): Cell {
  if (!vendor) return { kind: "unscored" };
  const section = vendor.sections.find((s) => s.key === sectionKey);
  if (!section || !section.inScope) return { kind: "out" };
  if (section.hidden) return { kind: "hidden" };
  // Own property only: a criterion key like "constructor" must not reach Object.prototype.
  const value = Object.hasOwn(vendor.cells, criterionKey) ? vendor.cells[criterionKey].value : null;
  if (value === "na") return { kind: "na" };
  if (value === null || !Number.isFinite(value)) return { kind: "unscored" };
  return { kind: "value", value };
}

/**
 * Consensus per criterion (rows) and vendor (columns), coloured on a colour-blind-safe
 * sequential scale with the number printed in every cell. It is a real table — row and column
 * headers, sticky while scrolling — so it needs no separate data-table alternative.
 */
export function ConsensusHeatmap({
  data,
  vendors,
  criteria,
  title = "Consensus by criterion",
}: ConsensusHeatmapProps) {
  const captionId = useId();
  const max = data.catalogue.max;
  const byId = new Map(data.vendors.map((v) => [v.evaluationId, v]));
  const sectionTitle = new Map(data.sections.map((s) => [s.key, s.title]));
  const groups: Array<{ sectionKey: string; rows: (typeof criteria)[number][] }> = [];
  for (const c of criteria) {
    const last = groups[groups.length - 1];
    if (last && last.sectionKey === c.sectionKey) last.rows.push(c);
    else groups.push({ sectionKey: c.sectionKey, rows: [c] });
  }

  return (
    <figure className="grid min-w-0 gap-2" aria-labelledby={captionId}>
      <figcaption id={captionId} className="text-sm">
        <span className="font-medium">{title}</span>
        <span className="mt-0.5 block text-xs text-muted">
          Consensus on the 0–{max} scale; colour and number both show it (x.5 is a median between two levels).
        </span>
      </figcaption>
      <HeatmapLegend levels={data.catalogue.levels} max={max} />
      {criteria.length === 0 || vendors.length === 0 ? (
        <Muted>Nothing to show.</Muted>
      ) : (
        <div
          className="max-h-[70vh] overflow-auto rounded-lg border border-border bg-surface"
          tabIndex={0}
          role="region"
          aria-label={`${title}: ${criteria.length} criteria × ${vendors.length} vendors (scrolls)`}
        >
          <table className="border-separate border-spacing-0 text-[11px] leading-tight">
            <caption className="sr-only">{`${title}, consensus on the 0–${max} scale`}</caption>
            <thead>
              <tr>
                <th
                  scope="col"
                  className="sticky top-0 left-0 z-20 border-r border-b border-border bg-surface px-2 py-1 text-left align-bottom font-medium text-muted"
                >
                  Criterion
                </th>
                {vendors.map((v) => (
                  <HeatColumnHeader key={v.evaluationId} label={v.label} />
                ))}
              </tr>
            </thead>
            {groups.map((g, gi) => (
              <tbody key={`${g.sectionKey}-${gi}`}>
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={vendors.length + 1}
                    className="border-b border-border bg-surface-2 px-0 py-1 text-left font-semibold"
                  >
                    <span className="sticky left-0 inline-block px-2">
                      {sectionTitle.get(g.sectionKey) ?? g.sectionKey}
                    </span>
                  </th>
                </tr>
                {g.rows.map((c) => (
                  <tr key={c.key}>
                    <HeatRowHeader code={c.key} title={c.title} />
                    {vendors.map((v) => (
                      <HeatCell
                        key={v.evaluationId}
                        cell={cellOf(byId.get(v.evaluationId), c.sectionKey, c.key)}
                        max={max}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
    </figure>
  );
}

/** A vendor's column header, its name turned upright to keep columns narrow. */
export function HeatColumnHeader({ label }: { label: string }) {
  return (
    <th
      scope="col"
      title={label}
      className="sticky top-0 z-10 border-r border-b border-border bg-surface px-0.5 py-1 align-bottom font-medium"
    >
      <span className="mx-auto block max-h-32 rotate-180 overflow-hidden text-ellipsis whitespace-nowrap [writing-mode:vertical-rl]">
        {label}
      </span>
    </th>
  );
}

/** A row's header, sticky at the left: the code always, the title from small screens up. */
export function HeatRowHeader({ code, title }: { code: string; title: string }) {
  return (
    <th
      scope="row"
      title={title}
      className="sticky left-0 z-[5] max-w-[7rem] border-r border-b border-border bg-surface px-2 py-0.5 text-left font-normal sm:max-w-[16rem]"
    >
      <span className="block truncate">
        <span className="font-mono">{code}</span>
        <span className="sr-only sm:not-sr-only sm:ml-1.5 sm:text-muted">{title}</span>
      </span>
    </th>
  );
}

const CELL = "h-6 min-w-10 border-b border-r border-border px-1 text-center tabular-nums";

function HeatCell({ cell, max }: { cell: Cell; max: number }) {
  if (cell.kind === "value") {
    return (
      <td className={`${CELL} font-medium`} style={sequentialColor(cell.value, max)}>
        {formatConsensus(cell.value)}
      </td>
    );
  }
  const n = NEUTRAL_CELLS[cell.kind];
  return (
    <td className={CELL} style={n.style}>
      <span aria-hidden="true">{n.text}</span>
      <span className="sr-only">{n.srText}</span>
    </td>
  );
}

/** The scale's levels as printed swatches, the gradient in between, and the neutral cells. */
function HeatmapLegend({ levels, max }: { levels: ComparisonData["catalogue"]["levels"]; max: number }) {
  return (
    <div className="grid gap-1.5 text-xs">
      <div className="flex max-w-md items-center gap-2">
        <span className="tabular-nums">0</span>
        <span
          aria-hidden="true"
          className="h-2.5 flex-1 rounded-sm"
          style={{ backgroundImage: SEQUENTIAL_GRADIENT }}
        />
        <span className="tabular-nums">{max}</span>
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Colour key">
        {levels.map((l) => (
          <li key={l.value} className="inline-flex items-center gap-1">
            <span
              className="inline-flex h-5 min-w-6 items-center justify-center rounded-sm px-1 font-medium tabular-nums"
              style={sequentialColor(l.value, max)}
            >
              {formatConsensus(l.value)}
            </span>
            {l.label}
          </li>
        ))}
        {(Object.keys(NEUTRAL_CELLS) as NeutralState[]).map((k) => (
          <li key={k} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-flex h-5 min-w-6 items-center justify-center rounded-sm border border-border px-1"
              style={NEUTRAL_CELLS[k].style}
            >
              {NEUTRAL_CELLS[k].text}
            </span>
            {NEUTRAL_CELLS[k].description}
          </li>
        ))}
      </ul>
    </div>
  );
}
