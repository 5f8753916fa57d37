import Link from "next/link";
import { Muted } from "../ui/muted";
import { TableScroll } from "../ui/table-scroll";

export interface EvaluationRow {
  id: string;
  framework: string;
  catalogue: string;
  status: string;
  created: string;
}

const HEADINGS = ["Framework", "Catalogue", "Status", "Created"];

/** The workspace's evaluations, newest first, each linking to its overview. */
export function EvaluationTable({ slug, rows }: { slug: string; rows: EvaluationRow[] }) {
  if (rows.length === 0)
    return (
      <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
        No evaluations yet.
      </Muted>
    );
  return (
    <TableScroll label="Evaluations">
      <table className="w-full text-sm">
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-t border-border" data-testid="evaluation-row">
              <td className="px-3 py-2">
                <Link href={`/w/${slug}/evaluations/${e.id}`} className="font-medium">
                  {e.framework}
                </Link>
              </td>
              <td className="px-3 py-2">{e.catalogue}</td>
              <td className="px-3 py-2">{e.status}</td>
              <td className="px-3 py-2">{e.created}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
