import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/** The target requirements the authors say no source criterion speaks to, each with the reason. */
export function NotCoveredList({ rows }: { rows: Array<{ key: string; title: string; reason: string }> }) {
  return (
    <section aria-labelledby="not-covered-h" className="grid gap-2">
      <Heading level={2} id="not-covered-h">
        Not covered by the source catalogue ({rows.length})
      </Heading>
      {rows.length === 0 ? (
        <Muted>The authors list no requirement as out of the source catalogue&apos;s reach.</Muted>
      ) : (
        <ul className="grid gap-1 text-sm" data-testid="not-covered">
          {rows.map((r) => (
            <li key={r.key}>
              <span className="font-medium">{r.key}</span> {r.title}
              {r.reason && <Muted as="span"> — {r.reason}</Muted>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
