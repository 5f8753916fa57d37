import type { Scale } from "@/lib/schemas/catalogue";
import { TableScroll } from "../ui/table-scroll";

/** The rating scale; with `guidance`, each level also says what it means for one criterion. */
export function ScaleTable({ scale, guidance }: { scale: Scale; guidance?: Record<string, string> }) {
  return (
    <TableScroll label="Rating scale">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">
          Rating scale{guidance ? " with guidance for this criterion" : ""}
        </caption>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Score
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Level
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {guidance ? "For this criterion" : "Meaning"}
            </th>
          </tr>
        </thead>
        <tbody>
          {scale.levels.map((l) => (
            <tr key={l.value} className="border-t border-border align-top">
              <td className="px-3 py-2 font-mono text-base font-semibold">{l.value}</td>
              <td className="px-3 py-2 font-medium whitespace-nowrap">
                {l.label}
                {guidance && (
                  <div className="text-xs font-normal whitespace-normal text-muted">{l.meaning}</div>
                )}
              </td>
              <td className="px-3 py-2">
                {guidance ? (guidance[String(l.value)] ?? <span className="text-muted">—</span>) : l.meaning}
              </td>
            </tr>
          ))}
          <tr className="border-t border-border align-top">
            <td className="px-3 py-2 font-mono font-semibold">N/A</td>
            <td className="px-3 py-2 font-medium">{scale.notApplicable.label}</td>
            <td className="px-3 py-2">{scale.notApplicable.meaning}</td>
          </tr>
        </tbody>
      </table>
    </TableScroll>
  );
}
