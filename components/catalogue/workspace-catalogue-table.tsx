import Link from "next/link";
import type { WorkspaceCatalogueRow } from "@/lib/services/catalogues/catalogue-workspace";
import { Badge } from "../ui/badge";
import { TableScroll } from "../ui/table-scroll";

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
    <TableScroll label="Catalogues">
      <table className="w-full text-sm">
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {["Catalogue", "Version", "Source", "Sections", "Criteria", "Evaluations", "State"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.slug}@${r.version}`} className="border-t border-border" data-testid="catalogue-row">
              <td className="px-3 py-2">
                <Link href={`/w/${workspace}/catalogues/${r.slug}/${r.version}`} className="font-medium">
                  {r.title}
                </Link>
                <div className="text-xs text-muted">{r.publisher}</div>
              </td>
              <td className="px-3 py-2">
                <Badge>{r.version}</Badge>
              </td>
              <td className="px-3 py-2">
                {FORMAT[r.sourceFormat] ?? r.sourceFormat} ·{" "}
                {r.builtIn ? "built-in" : `imported ${r.createdAt.toISOString().slice(0, 10)}`}
              </td>
              <td className="px-3 py-2 tabular-nums">{r.sectionCount}</td>
              <td className="px-3 py-2 tabular-nums">{r.criterionCount}</td>
              <td className="px-3 py-2 tabular-nums">{r.evaluationCount}</td>
              <td className="px-3 py-2">
                {r.archivedAt ? <Badge>archived</Badge> : <span className="text-muted">active</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
