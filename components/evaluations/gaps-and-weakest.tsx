import Link from "next/link";

interface Item {
  key: string;
  title: string;
  sectionKey: string;
  value?: number | "na" | null;
}

/** Unscored criteria (gaps, never zeros) and the lowest consensus scores, linked to the scoring page. */
export function GapsAndWeakest({
  gaps,
  weakest,
  hrefFor,
}: {
  gaps: Item[];
  weakest: Item[];
  hrefFor: (item: Item) => string;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="gaps" className="rounded-lg border border-border bg-surface p-4">
        <h2 id="gaps" className="mb-2 font-semibold">
          Gaps <span className="text-sm font-normal text-muted">({gaps.length} without a consensus)</span>
        </h2>
        {gaps.length === 0 ? (
          <p className="text-sm text-muted">None in the sections you can see.</p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="gaps">
            {gaps.slice(0, 12).map((g) => (
              <li key={g.key}>
                <Link className="underline" href={hrefFor(g)}>
                  {g.key}
                </Link>{" "}
                {g.title}
              </li>
            ))}
            {gaps.length > 12 && <li className="text-muted">and {gaps.length - 12} more</li>}
          </ul>
        )}
      </section>
      <section aria-labelledby="weakest" className="rounded-lg border border-border bg-surface p-4">
        <h2 id="weakest" className="mb-2 font-semibold">
          Weakest criteria
        </h2>
        {weakest.length === 0 ? (
          <p className="text-sm text-muted">No consensus yet.</p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="weakest">
            {weakest.map((w) => (
              <li key={w.key}>
                <span className="font-mono font-semibold">{String(w.value)}</span>{" "}
                <Link className="underline" href={hrefFor(w)}>
                  {w.key}
                </Link>{" "}
                {w.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
