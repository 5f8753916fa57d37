import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/**
 * The target requirements no criterion of the source catalogue speaks to, with the mapping
 * set's reason: listed, never scored as 0 and never hidden (product.md, "Crosswalks").
 */
export function NotInCatalogue({
  requirements,
  headingId = "not-covered-h",
}: {
  requirements: ReadonlyArray<{ key: string; title: string; reason: string | null }>;
  headingId?: string;
}) {
  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <Heading level={2} id={headingId}>
        Not assessed by this catalogue ({requirements.length})
      </Heading>
      {requirements.length === 0 ? (
        <Muted>Every requirement is linked to at least one criterion.</Muted>
      ) : (
        <ul className="grid gap-1 text-sm" data-testid="not-in-catalogue">
          {requirements.map((r) => (
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
