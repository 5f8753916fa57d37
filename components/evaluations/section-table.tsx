import Link from "next/link";
import { TableScroll } from "../ui/table-scroll";

interface Row {
  key: string;
  title: string;
  outOfScope: string | null;
  score: string;
  coverage: string;
  agreement: string;
  disagreements: number | string;
  submitted: string;
  link: string | null;
}

const HEADERS = ["Section", "Score", "Coverage", "Agreement", "Disagreements", "Submitted", ""];

/** One row per section with its figures as the view model formatted them, linked to its scoring page. */
export function SectionTable({ rows, scoreHref }: { rows: Row[]; scoreHref: string }) {
  return (
    <TableScroll label="Sections">
      <table className="w-full text-sm">
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-border" data-testid="section-row">
              <td className="px-3 py-2 font-medium">
                {r.title}
                {r.outOfScope !== null && <div className="text-xs text-muted">{r.outOfScope}</div>}
              </td>
              <td className="px-3 py-2 tabular-nums">{r.score}</td>
              <td className="px-3 py-2 tabular-nums">{r.coverage}</td>
              <td className="px-3 py-2">{r.agreement}</td>
              <td className="px-3 py-2 tabular-nums">{r.disagreements}</td>
              <td className="px-3 py-2 tabular-nums">{r.submitted}</td>
              <td className="px-3 py-2">
                {r.link && <Link href={`${scoreHref}/${encodeURIComponent(r.key)}`}>{r.link}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
