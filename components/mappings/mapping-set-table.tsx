import Link from "next/link";
import type { listMappingSets } from "@/lib/services/catalogues/mapping-sets";
import { Cell, DataTable } from "../ui/data-table";
import { Muted } from "../ui/muted";

type Row = Awaited<ReturnType<typeof listMappingSets>>[number];
const HEADINGS = ["Mapping set", "From → to", "Links", "Not covered", "Origin", "Download"];

/** The workspace's mapping sets: what maps to what, how much, and the files to take elsewhere. */
export function MappingSetTable({ workspace, rows }: { workspace: string; rows: Row[] }) {
  if (rows.length === 0)
    return (
      <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
        No mapping sets.
      </Muted>
    );
  return (
    <DataTable label="Mapping sets" caption="Mapping sets this workspace may use" headings={HEADINGS}>
      {rows.map((r) => (
        <tr key={r.id} className="border-t border-border align-top" data-testid="mapping-set-row">
          <Cell>
            <Link className="font-medium underline" href={`/w/${workspace}/mappings/${r.id}`}>
              {r.title}
            </Link>
            <Muted as="div" className="text-xs">
              {r.version} · {r.author}
            </Muted>
          </Cell>
          <Cell>
            {r.source.title} → {r.target.title}
          </Cell>
          <Cell className="tabular-nums">{r.links}</Cell>
          <Cell className="tabular-nums">{r.notCovered}</Cell>
          <Cell>
            {r.builtIn ? "Built-in" : "Imported here"}
            {r.archivedAt && (
              <Muted as="div" className="text-xs" data-testid="archived">
                Archived: not used for readiness
              </Muted>
            )}
          </Cell>
          <Cell className="whitespace-nowrap">
            {(["oscal", "ciso-assistant"] as const).map((f) => (
              <a
                key={f}
                className="mr-3 underline"
                href={`/w/${workspace}/mappings/${r.id}/export?format=${f}`}
                download
              >
                {f === "oscal" ? "OSCAL" : "CISO Assistant"}
              </a>
            ))}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
