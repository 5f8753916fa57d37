import Link from "next/link";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { readinessText } from "./coverage";

interface Regulation {
  slug: string;
  title: string;
  mappingSet: string;
  readiness: number | null;
  counts: { full: number; partial: number; notAssessed: number; notInCatalogue: number };
}

/** The evaluation overview's regulations: readiness per mapped regulation, with a drill-down. */
export function RegulationsPanel({
  regulations,
  disclaimer,
  baseHref,
}: {
  regulations: Regulation[];
  disclaimer: string;
  /** The drill-down pages are `${baseHref}/${regulation slug}`. */
  baseHref: string;
}) {
  return (
    <section aria-labelledby="regulations-h" className="grid gap-3" data-testid="regulations">
      <div>
        <Heading level={2} id="regulations-h">
          Regulations
        </Heading>
        <Muted>{disclaimer}</Muted>
      </div>
      {regulations.length === 0 ? (
        <Muted>No mapping set links this evaluation&apos;s catalogue to a regulation.</Muted>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-3">
          {regulations.map((r) => (
            <li
              key={r.slug}
              className="grid gap-1 rounded-lg border border-border bg-surface p-4"
              data-testid="regulation"
            >
              <Link href={`${baseHref}/${r.slug}`} className="font-medium underline">
                {r.title}
              </Link>
              <div className="text-2xl font-semibold tabular-nums" data-testid="regulation-readiness">
                {readinessText(r.readiness)}
              </div>
              <Muted>
                {r.counts.full} full · {r.counts.partial} partial · {r.counts.notAssessed} not assessed ·{" "}
                {r.counts.notInCatalogue} not assessed by this catalogue
              </Muted>
              <Muted className="text-xs">Through “{r.mappingSet}”</Muted>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
