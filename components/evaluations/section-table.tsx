import Link from "next/link";
import { Cell, DataTable } from "@/components/ui/data-table";

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
    <DataTable label="Sections" headings={HEADERS}>
      {rows.map((r) => (
        <tr key={r.key} className="border-t border-border" data-testid="section-row">
          <Cell className="font-medium">
            {r.title}
            {r.outOfScope !== null && <div className="text-xs text-muted">{r.outOfScope}</div>}
          </Cell>
          <Cell className="tabular-nums">{r.score}</Cell>
          <Cell className="tabular-nums">{r.coverage}</Cell>
          <Cell>{r.agreement}</Cell>
          <Cell className="tabular-nums">{r.disagreements}</Cell>
          <Cell className="tabular-nums">{r.submitted}</Cell>
          <Cell>{r.link && <Link href={`${scoreHref}/${encodeURIComponent(r.key)}`}>{r.link}</Link>}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
