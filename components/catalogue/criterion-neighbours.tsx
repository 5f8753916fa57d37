import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";

type Neighbour = { key: string; title: string; href: string } | null;

/** Previous and next criterion in catalogue order; an empty cell keeps "next" on the right. */
export function CriterionNeighbours({ previous, next }: { previous: Neighbour; next: Neighbour }) {
  return (
    <nav
      aria-label="Neighbouring criteria"
      className="flex flex-col gap-2 border-t border-border pt-4 sm:flex-row sm:justify-between"
    >
      {previous ? (
        <Link href={previous.href} rel="prev" className="inline-flex items-center gap-1 text-sm">
          <ChevronLeft aria-hidden className="h-4 w-4" /> {previous.key} {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="inline-flex items-center gap-1 text-sm sm:text-right">
          {next.key} {next.title} <ChevronRight aria-hidden className="h-4 w-4" />
        </Link>
      )}
    </nav>
  );
}
