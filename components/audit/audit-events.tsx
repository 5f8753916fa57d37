import { Muted } from "../ui/muted";
import { TableScroll } from "../ui/table-scroll";

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
    <TableScroll label="Audit events">
      <table className="w-full text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {HEADERS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-t border-border align-top" data-testid="audit-row">
              <td className="px-3 py-2 font-mono text-xs text-muted">{e.id}</td>
              <td className="px-3 py-2 whitespace-nowrap">{e.at}</td>
              <td className="px-3 py-2">{e.actor}</td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2 text-xs">{e.target}</td>
              <td className="px-3 py-2 text-xs">{e.ip}</td>
              <td className="max-w-md px-3 py-2 font-mono text-xs break-all">
                {e.before !== null && <div>− {e.before}</div>}
                {e.after !== null && <div>+ {e.after}</div>}
                {e.redacted && <div className="font-sans text-muted">score values withheld (blind rule)</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
