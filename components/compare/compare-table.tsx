"use client";

import {
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ChevronDown, ChevronRight } from "lucide-react";
import { useMemo, useRef } from "react";
import type { CompareRow } from "@/lib/compare/rows";
import type { ComparisonData } from "@/lib/compare/types";
import { vendorLabel } from "@/lib/compare/vendor-input";
import type { RankedVendor } from "@/lib/scoring";
import { ScoreCell, type CellRef } from "./score-cell";
import { INITIAL_RECT, measureFromObserver, observeRectAfterLayout } from "./virtual-without-reflow";

const features = tableFeatures({ columnVisibilityFeature, columnPinningFeature });
const helper = createColumnHelper<typeof features, CompareRow>();
const pct = (v: number | null | undefined) => (v == null ? "—" : String(Math.round(v)));

interface Props {
  data: ComparisonData;
  rows: CompareRow[];
  ranked: Map<string, RankedVendor>;
  hidden: string[];
  onToggleSection: (key: string) => void;
  onOpen: (ref: CellRef) => void;
}

/**
 * Criteria (grouped by section, foldable) × vendors. TanStack Table owns the columns (the
 * criterion column pinned, vendor columns shown or hidden from the URL); rows come filtered and
 * sorted from lib/compare/rows and are virtualised, so 1,000 criteria render only what is seen.
 */
export function CompareTable({ data, rows, ranked, hidden, onToggleSection, onOpen }: Props) {
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: "criterion",
          header: () => "Criterion",
          cell: ({ row }) => {
            const r = row.original;
            if (r.kind === "criterion")
              return (
                <span>
                  <span className="font-mono text-xs text-muted">{r.key}</span> {r.title}
                </span>
              );
            const Icon = r.collapsed ? ChevronRight : ChevronDown;
            return (
              <button
                type="button"
                onClick={() => onToggleSection(r.key)}
                aria-expanded={!r.collapsed}
                className="flex items-center gap-1 font-semibold"
              >
                <Icon aria-hidden className="h-4 w-4" />
                {r.title}
                <span className="font-normal text-muted">
                  ({r.shown === r.count ? r.count : `${r.shown} of ${r.count}`} criteria)
                </span>
              </button>
            );
          },
        }),
        ...data.vendors.map((v) =>
          helper.display({
            id: v.evaluationId,
            header: () => vendorLabel(v),
            cell: ({ row }) => {
              const r = row.original;
              if (r.kind === "section") {
                const state = v.sections.find((s) => s.key === r.key);
                if (!state?.inScope) return <span className="text-xs text-muted">out of scope</span>;
                if (state.hidden) return <span className="text-xs text-muted">hidden until you submit</span>;
                const s = ranked.get(v.evaluationId)?.result.sections.find((x) => x.key === r.key);
                return (
                  <span className="font-semibold tabular-nums" title="Section score (0–100) and coverage">
                    {pct(s?.score)}
                    <span className="ml-1 text-xs font-normal text-muted">
                      {s ? `${Math.round(s.coverage * 100)}% covered` : ""}
                    </span>
                  </span>
                );
              }
              return <ScoreCell vendor={v} criterionKey={r.key} max={data.catalogue.max} onOpen={onOpen} />;
            },
          }),
        ),
      ]),
    [data, ranked, onToggleSection, onOpen],
  );

  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { columnVisibility, columnPinning: { start: ["criterion"], end: [] } },
    getRowId: (r) => `${r.kind}:${r.key}`,
  });
  const tableRows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 8,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRectAfterLayout,
    measureElement: measureFromObserver,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const visibleCount = table.getVisibleLeafColumns().length;

  if (rows.length === 0)
    return (
      <p className="rounded-lg border border-border p-6 text-center text-muted" role="status">
        No criteria match this view. Clear the filter or show more sections.
      </p>
    );
  return (
    <div
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Comparison table: criteria by vendor"
      className="max-h-[70vh] overflow-auto rounded-lg border border-border"
      data-testid="compare-table"
    >
      <table className="w-full border-separate border-spacing-0 text-sm">
        <thead className="sticky top-0 z-20 bg-surface">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((h) => (
                <th
                  key={h.id}
                  scope="col"
                  className={`border-b border-border px-2 py-2 text-left font-medium ${h.column.getIsPinned() ? "sticky left-0 z-30 min-w-56 bg-surface" : "min-w-28"}`}
                >
                  <table.FlexRender header={h} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={visibleCount} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = tableRows[item.index];
            const section = row.original.kind === "section";
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                data-row={row.original.key}
                className={section ? "bg-surface-2" : undefined}
              >
                {row.getVisibleCells().map((cell) => {
                  const pinned = cell.column.getIsPinned();
                  const Tag = pinned ? "th" : "td";
                  return (
                    <Tag
                      key={cell.id}
                      scope={pinned ? "row" : undefined}
                      className={`border-b border-border px-2 py-1.5 text-left align-middle font-normal ${pinned ? `sticky left-0 z-10 ${section ? "bg-surface-2" : "bg-surface"}` : ""}`}
                    >
                      <table.FlexRender cell={cell} />
                    </Tag>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={visibleCount} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
