import type { CrosswalkLayout } from "@/lib/compare/crosswalk-view";
import { COVERAGE_LABEL, readinessText } from "../../regulations/coverage";
import { Cell } from "../../ui/data-table";
import { TableScroll } from "../../ui/table-scroll";

/** The matrix to draw (rows and columns non-empty), the vendors' labels, the regulation's title. */
export interface MatrixProps {
  layout: CrosswalkLayout;
  labels: Record<string, string>;
  title: string;
}

/**
 * The heatmap's matrix as a plain table: every cell says its readiness and its coverage in
 * words, for reading aloud, printing, or copying into a document.
 */
export function ReadinessTable({ layout, labels, title }: MatrixProps) {
  return (
    <div className="min-w-0" data-testid="crosswalk-table">
      <TableScroll label={`Readiness table: ${layout.rows} requirements × ${layout.columns.length} vendors`}>
        <table className="w-full text-sm">
          <caption className="sr-only">{`Readiness against ${title}, per requirement and vendor`}</caption>
          <thead className="bg-surface-2 text-left text-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Requirement
              </th>
              {layout.columns.map((v) => (
                <th key={v.evaluationId} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  {labels[v.evaluationId] ?? v.name}
                </th>
              ))}
            </tr>
          </thead>
          {layout.groups.map((g) => (
            <tbody key={g.key}>
              <tr className="border-t border-border">
                <th
                  scope="rowgroup"
                  colSpan={layout.columns.length + 1}
                  className="px-3 py-1.5 text-left font-semibold"
                >
                  {g.title}
                </th>
              </tr>
              {g.requirements.map((r) => (
                <tr key={r.key} className="border-t border-border align-top" data-requirement={r.key}>
                  <th scope="row" className="min-w-48 px-3 py-2 text-left font-normal">
                    <span className="font-medium">{r.key}</span> {r.title}
                  </th>
                  {layout.columns.map((v) => {
                    const cell = v.cells[r.key];
                    return (
                      <Cell key={v.evaluationId} className="whitespace-nowrap">
                        <span className="tabular-nums">{readinessText(cell?.readiness ?? null)}</span>
                        <span className="block text-xs text-muted">
                          {COVERAGE_LABEL[cell?.coverage ?? "not_assessed"]}
                        </span>
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </div>
  );
}
