import { NEUTRAL_CELLS, SEQUENTIAL_GRADIENT, sequentialColor } from "@/lib/compare/vendor-colors";
import type { Coverage } from "@/lib/scoring/readiness";
import { COVERAGE_LABEL, COVERAGE_MARK } from "../../regulations/coverage";
import { HeatColumnHeader, HeatRowHeader } from "../charts/heatmap";
import type { MatrixProps } from "./readiness-table";

type Cell = { readiness: number | null; coverage: Coverage };
const CELL = "h-6 min-w-12 border-b border-r border-border px-1 text-center tabular-nums whitespace-nowrap";
const MARKED: Coverage[] = ["full", "partial", "not_assessed"];

/**
 * Readiness per requirement (rows) and vendor (columns) on the consensus heatmap's
 * colour-blind-safe scale (0–100 %), with the figure and a coverage mark printed in every cell:
 * neither value nor coverage is carried by colour alone. A real table with sticky headers,
 * scrolling inside its own box so a phone's page never scrolls sideways.
 */
export function ReadinessHeatmap({ layout, labels, title }: MatrixProps) {
  return (
    <div className="grid min-w-0 gap-2" data-testid="crosswalk-heatmap">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs" aria-label="Colour and mark key">
        <li className="flex min-w-48 items-center gap-2">
          <span className="tabular-nums">0 %</span>
          <span
            aria-hidden="true"
            className="h-2.5 flex-1 rounded-sm"
            style={{ backgroundImage: SEQUENTIAL_GRADIENT }}
          />
          <span className="tabular-nums">100 %</span>
        </li>
        {MARKED.map((c) => (
          <li key={c} className="inline-flex items-center gap-1">
            <span aria-hidden="true">{COVERAGE_MARK[c]}</span>{" "}
            {c === "not_assessed" ? "not assessed" : `${c} coverage`}
          </li>
        ))}
      </ul>
      <div
        className="max-h-[70vh] w-fit max-w-full overflow-auto rounded-lg border border-border bg-surface"
        tabIndex={0}
        role="region"
        aria-label={`Readiness heatmap: ${layout.rows} requirements × ${layout.columns.length} vendors (scrolls)`}
      >
        <table className="border-separate border-spacing-0 text-[11px] leading-tight">
          <caption className="sr-only">{`Readiness against ${title}, per requirement and vendor, in per cent, with coverage`}</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky top-0 left-0 z-20 border-r border-b border-border bg-surface px-2 py-1 text-left align-bottom font-medium text-muted"
              >
                Requirement
              </th>
              {layout.columns.map((v) => (
                <HeatColumnHeader key={v.evaluationId} label={labels[v.evaluationId] ?? v.name} />
              ))}
            </tr>
          </thead>
          {layout.groups.map((g) => (
            <tbody key={g.key}>
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={layout.columns.length + 1}
                  className="border-b border-border bg-surface-2 px-0 py-1 text-left font-semibold"
                >
                  <span className="sticky left-0 inline-block px-2">{g.title}</span>
                </th>
              </tr>
              {g.requirements.map((r) => (
                <tr key={r.key} data-requirement={r.key}>
                  <HeatRowHeader code={r.key} title={r.title} />
                  {layout.columns.map((v) => (
                    <HeatCell key={v.evaluationId} cell={v.cells[r.key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </div>
  );
}

function HeatCell({ cell }: { cell: Cell | undefined }) {
  const coverage = cell?.coverage ?? "not_assessed";
  const label = `${COVERAGE_LABEL[coverage].toLowerCase()} coverage`;
  if (cell?.readiness == null)
    return (
      <td className={CELL} style={NEUTRAL_CELLS.unscored.style}>
        <span aria-hidden="true">{COVERAGE_MARK[coverage]}</span>
        <span className="sr-only">{COVERAGE_LABEL[coverage]}</span>
      </td>
    );
  return (
    <td className={`${CELL} font-medium`} style={sequentialColor(cell.readiness, 100)}>
      {Math.round(cell.readiness)}
      <span aria-hidden="true"> {COVERAGE_MARK[coverage]}</span>
      <span className="sr-only"> %, {label}</span>
    </td>
  );
}
