import { Download } from "lucide-react";
import Link from "next/link";
import type { mappingSetPage } from "@/lib/services/catalogues/mapping-pages";
import { buttonVariants } from "../ui/button";
import { Muted } from "../ui/muted";
import { PageHeader } from "../ui/page-header";

type View = Awaited<ReturnType<typeof mappingSetPage>>;

/** The set's title, what maps to what, its facts, the links per relationship and the downloads. */
export function MappingSetHeader({ workspace, view }: { workspace: string; view: View }) {
  const { set } = view;
  const facts = [
    ["Version", set.version],
    ["Author", set.author],
    [
      "Status",
      set.archivedOn
        ? `Archived on ${set.archivedOn}`
        : `Published${set.publishedOn ? ` on ${set.publishedOn}` : ""}`,
    ],
    ["Origin", `${set.origin} (${set.format})`],
  ] as const;
  return (
    <div className="grid gap-4">
      <PageHeader
        breadcrumbs={<Link href={`/w/${workspace}/mappings`}>Mapping sets</Link>}
        title={set.title}
        actions={view.downloads.map((d) => (
          <a key={d.format} href={d.href} download className={buttonVariants({ variant: "secondary" })}>
            <Download aria-hidden size={16} />
            {d.label}
          </a>
        ))}
      >
        <span data-testid="mapping-direction">
          {set.source.title} ({set.source.version}) → {set.target.title} ({set.target.version})
        </span>
      </PageHeader>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd className="font-medium break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm" data-testid="relationship-counts">
        <span className="font-medium tabular-nums">{view.totalLinks}</span> links:{" "}
        {view.counts.map((c, i) => (
          <span key={c.relationship}>
            {i > 0 && " · "}
            <span className="tabular-nums">{c.count}</span> {c.relationship}
          </span>
        ))}
        {" · "}
        <span className="tabular-nums">{view.notCovered.length}</span> requirements not covered
      </p>
      {set.description && (
        // Often a paragraph of method: folded, so the links stay near the top on a phone.
        <details className="max-w-3xl text-sm">
          <summary className="cursor-pointer font-medium">About this mapping set</summary>
          <Muted className="mt-2 whitespace-pre-line">{set.description}</Muted>
        </details>
      )}
    </div>
  );
}
