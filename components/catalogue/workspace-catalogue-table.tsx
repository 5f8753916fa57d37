import Link from "next/link";
import type { WorkspaceCatalogueRow } from "@/lib/services/catalogues/catalogue-workspace";
import { Badge } from "../ui/badge";
import { Cell, DataTable } from "@/components/ui/data-table";

const FORMAT: Record<string, string> = { oscal: "OSCAL", "ciso-assistant": "CISO Assistant" };

/** The workspace's catalogues: built-in ones first in kind, then imports; archived ones marked. */
export function WorkspaceCatalogueTable({
  workspace,
  rows,
}: {
  workspace: string;
  rows: WorkspaceCatalogueRow[];
}) {
  return (
    <DataTable
      label="Catalogues"
      headings={["Catalogue", "Version", "Source", "Sections", "Criteria", "Evaluations", "State"]}
    >
      {rows.map((r) => (
        <tr key={`${r.slug}@${r.version}`} className="border-t border-border" data-testid="catalogue-row">
          <Cell>
            <Link href={`/w/${workspace}/catalogues/${r.slug}/${r.version}`} className="font-medium">
              {r.title}
            </Link>
            <div className="text-xs text-muted">{r.publisher}</div>
          </Cell>
          <Cell>
            <Badge>{r.version}</Badge>
          </Cell>
          <Cell>
            {FORMAT[r.sourceFormat] ?? r.sourceFormat} ·{" "}
            {r.builtIn ? "built-in" : `imported ${r.createdAt.toISOString().slice(0, 10)}`}
          </Cell>
          <Cell className="tabular-nums">{r.sectionCount}</Cell>
          <Cell className="tabular-nums">{r.criterionCount}</Cell>
          <Cell className="tabular-nums">{r.evaluationCount}</Cell>
          <Cell>{r.archivedAt ? <Badge>archived</Badge> : <span className="text-muted">active</span>}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
