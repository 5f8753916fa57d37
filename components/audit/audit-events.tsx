import { Muted } from "../ui/muted";
import { Cell, DataTable } from "@/components/ui/data-table";

interface Row {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  ip: string;
  before: string | null;
  after: string | null;
  redacted: boolean;
}

const HEADERS = ["#", "Time (UTC)", "Actor", "Action", "Target", "IP", "Change"];

/** The events newest first; a rejected filter's message in place of the table; an empty state. */
export function AuditEvents({ error, rows }: { error: string | null; rows: Row[] }) {
  if (error !== null)
    return (
      <p role="alert" className="text-sm text-danger">
        {error}
      </p>
    );
  if (rows.length === 0)
    return (
      <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
        No events match.
      </Muted>
    );
  return (
    <DataTable label="Audit events" headings={HEADERS} caption="Audit events, newest first">
      {rows.map((e) => (
        <tr key={e.id} className="border-t border-border align-top" data-testid="audit-row">
          <Cell className="font-mono text-xs text-muted">{e.id}</Cell>
          <Cell className="whitespace-nowrap">{e.at}</Cell>
          <Cell>{e.actor}</Cell>
          <Cell className="font-mono text-xs">{e.action}</Cell>
          <Cell className="text-xs">{e.target}</Cell>
          <Cell className="text-xs">{e.ip}</Cell>
          <Cell className="max-w-md font-mono text-xs break-all">
            {e.before !== null && <div>− {e.before}</div>}
            {e.after !== null && <div>+ {e.after}</div>}
            {e.redacted && <div className="font-sans text-muted">score values withheld (blind rule)</div>}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
