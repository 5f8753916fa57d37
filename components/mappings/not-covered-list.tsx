import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/**
 * Target requirements no source criterion speaks to, each with the authors' reason: on a mapping
 * set's page and on a regulation's readiness page (where they are "not assessed by this catalogue").
 */
export function NotCoveredList({
  rows,
  heading = "Not covered by the source catalogue",
  empty = "The authors list no requirement as out of the source catalogue's reach.",
  testId = "not-covered",
}: {
  rows: Array<{ key: string; title: string; reason: string | null }>;
  heading?: string;
  empty?: string;
  testId?: string;
}) {
  return (
    <section aria-labelledby={`${testId}-h`} className="grid gap-2">
      <Heading level={2} id={`${testId}-h`}>
        {heading} ({rows.length})
      </Heading>
      {rows.length === 0 ? (
        <Muted>{empty}</Muted>
      ) : (
        <ul className="grid gap-1 text-sm" data-testid={testId}>
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
