import Link from "next/link";
import { Cell, DataTable } from "@/components/ui/data-table";
import { ComponentTypeBadges, ExternalLink, StatusText } from "./framework-bits";

export interface FrameworkRow {
  id: string;
  name: string;
  vendor: string;
  productVersion: string;
  url: string | null;
  componentTypes: string[];
  archivedAt: Date | null;
  _count: { evaluations: number };
}

const HEADINGS = ["Framework", "Version", "Component types", "URL", "Evaluations", "Status"];

export function FrameworkTable({
  slug,
  rows,
  showArchived,
}: {
  slug: string;
  rows: FrameworkRow[];
  showArchived: boolean;
}) {
  return (
    <DataTable
      label="Frameworks"
      headings={HEADINGS}
      caption={showArchived ? "Frameworks, including archived ones" : "Frameworks"}
    >
      {rows.map((f) => (
        <tr key={f.id} className="border-t border-border align-top" data-testid="framework-row">
          <th scope="row" className="px-3 py-2 text-left font-normal">
            <Link href={`/w/${slug}/frameworks/${f.id}`} className="font-medium">
              {f.name}
            </Link>
            <div className="text-muted">{f.vendor}</div>
          </th>
          <Cell>{f.productVersion}</Cell>
          <Cell>
            <ComponentTypeBadges types={f.componentTypes} />
          </Cell>
          <Cell className="max-w-64">
            {f.url ? (
              <ExternalLink href={f.url} />
            ) : (
              <span className="text-muted">
                <span aria-hidden>—</span>
                <span className="sr-only">none</span>
              </span>
            )}
          </Cell>
          <Cell className="tabular-nums">{f._count.evaluations}</Cell>
          <Cell>
            <StatusText archivedAt={f.archivedAt} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
