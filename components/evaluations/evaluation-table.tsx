import Link from "next/link";
import { Muted } from "../ui/muted";
import { Cell, DataTable } from "@/components/ui/data-table";

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
    <DataTable label="Evaluations" headings={HEADINGS}>
      {rows.map((e) => (
        <tr key={e.id} className="border-t border-border" data-testid="evaluation-row">
          <Cell>
            <Link href={`/w/${slug}/evaluations/${e.id}`} className="font-medium">
              {e.framework}
            </Link>
          </Cell>
          <Cell>{e.catalogue}</Cell>
          <Cell>{e.status}</Cell>
          <Cell>{e.created}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
