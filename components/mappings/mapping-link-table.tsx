import type { mappingSetPage } from "@/lib/services/catalogues/mapping-pages";
import { Badge } from "../ui/badge";
import { Cell, DataTable } from "../ui/data-table";
import { Muted } from "../ui/muted";

type View = Awaited<ReturnType<typeof mappingSetPage>>;

/** Source criterion → its target requirements, each with the relationship and a one-line rationale. */
export function MappingLinkTable({ view }: { view: View }) {
  const { set, rows } = view;
  if (rows.length === 0)
    return (
      <Muted className="rounded-lg border border-dashed border-border p-6 text-center" role="status">
        {view.filtered ? "No link matches this filter." : "This mapping set has no links."}
      </Muted>
    );
  return (
    <DataTable
      label="Links"
      caption={`Links from ${set.source.title} to ${set.target.title}`}
      headings={["Criterion", "Requirements it maps to"]}
    >
      {rows.map((r) => (
        <tr key={r.key} className="border-t border-border align-top" data-testid="mapping-row">
          <Cell className="w-2/5 min-w-36">
            <span className="font-medium">{r.key}</span> {r.title}
          </Cell>
          <Cell>
            <ul className="grid gap-2">
              {r.targets.map((t) => (
                <li key={t.key} data-testid="mapping-link">
                  <span className="font-medium">{t.key}</span> {t.title}{" "}
                  <Badge
                    tone={
                      t.relationship === "equivalent" || t.relationship === "superset" ? "accent" : "neutral"
                    }
                  >
                    {t.relationship}
                  </Badge>
                  {t.rationale && (
                    <Muted as="div" className="text-xs">
                      {t.rationale}
                    </Muted>
                  )}
                </li>
              ))}
            </ul>
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
