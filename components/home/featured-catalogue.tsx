import { ArrowRight } from "lucide-react";
import Link from "next/link";
import type { CatalogueSummary } from "@/lib/services/catalogues/catalogues";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/** The home page's way into the catalogue, or how to load one when none is there yet. */
export function FeaturedCatalogue({ catalogue: c }: { catalogue: CatalogueSummary | null }) {
  return (
    <section aria-labelledby="catalogue" className="mt-8">
      <Heading level={2} size="section" id="catalogue" className="mb-3">
        The catalogue
      </Heading>
      {c ? (
        <Link
          href={`/catalogues/${c.slug}/${c.version}`}
          className="group block rounded-lg border border-border bg-surface p-4 hover:border-accent hover:no-underline"
        >
          <div className="font-medium text-fg">{c.title}</div>
          <Muted as="div" className="mt-1">
            {c.publisher} · {c.sectionCount} sections · {c.criterionCount} criteria
          </Muted>
          <span className="mt-2 inline-flex items-center gap-1 text-sm text-accent">
            Browse the criteria{" "}
            <ArrowRight aria-hidden className="h-4 w-4 transition group-hover:translate-x-0.5" />
          </span>
        </Link>
      ) : (
        <p className="text-muted">
          No catalogue is loaded yet. Start the app with <code>npm start</code> to load it.
        </p>
      )}
    </section>
  );
}
