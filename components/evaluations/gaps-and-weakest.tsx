import Link from "next/link";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

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
        <Heading level={2} id="gaps" className="mb-2">
          Gaps{" "}
          <Muted as="span" className="font-normal">
            ({gaps.length} without a consensus)
          </Muted>
        </Heading>
        {gaps.length === 0 ? (
          <Muted>None in the sections you can see.</Muted>
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
        <Heading level={2} id="weakest" className="mb-2">
          Weakest criteria
        </Heading>
        {weakest.length === 0 ? (
          <Muted>No consensus yet.</Muted>
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
