import Link from "next/link";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { FrameworkTable, type FrameworkRow } from "./framework-table";

interface ListView {
  heading: string;
  toggle: { href: string; label: string };
  empty: string;
}

/** The frameworks list under its heading, with the link that shows or hides archived ones. */
export function FrameworkList({
  slug,
  rows,
  showArchived,
  view,
}: {
  slug: string;
  rows: FrameworkRow[];
  showArchived: boolean;
  view: ListView;
}) {
  return (
    <section aria-labelledby="framework-list" className="grid gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading level={2} id="framework-list">
          {view.heading}
        </Heading>
        <Link href={view.toggle.href} className="text-sm underline">
          {view.toggle.label}
        </Link>
      </div>
      {rows.length === 0 ? (
        <Muted className="rounded-lg border border-dashed border-border p-6 text-center">{view.empty}</Muted>
      ) : (
        <FrameworkTable slug={slug} rows={rows} showArchived={showArchived} />
      )}
    </section>
  );
}
