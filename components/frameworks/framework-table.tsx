import Link from "next/link";
import { TableScroll } from "../ui/table-scroll";
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
    <TableScroll label="Frameworks">
      <table className="w-full text-sm">
        <caption className="sr-only">
          {showArchived ? "Frameworks, including archived ones" : "Frameworks"}
        </caption>
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
          {rows.map((f) => (
            <tr key={f.id} className="border-t border-border align-top" data-testid="framework-row">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`/w/${slug}/frameworks/${f.id}`} className="font-medium">
                  {f.name}
                </Link>
                <div className="text-muted">{f.vendor}</div>
              </th>
              <td className="px-3 py-2">{f.productVersion}</td>
              <td className="px-3 py-2">
                <ComponentTypeBadges types={f.componentTypes} />
              </td>
              <td className="max-w-64 px-3 py-2">
                {f.url ? (
                  <ExternalLink href={f.url} />
                ) : (
                  <span className="text-muted">
                    <span aria-hidden>—</span>
                    <span className="sr-only">none</span>
                  </span>
                )}
              </td>
              <td className="px-3 py-2 tabular-nums">{f._count.evaluations}</td>
              <td className="px-3 py-2">
                <StatusText archivedAt={f.archivedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
