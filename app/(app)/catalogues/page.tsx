import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Muted } from "@/components/ui/muted";
import { listCatalogues } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";
export const metadata = { title: "Catalogues" };

export default async function CataloguesPage() {
  const catalogues = await listCatalogues();
  return (
    <>
      <PageHeader className="mb-6" size="lg" title="Catalogues">
        Versioned sets of criteria. An evaluation pins the version it was scored against, so a new version
        never changes an old evaluation.
      </PageHeader>
      {catalogues.length === 0 ? (
        <div className="rounded-lg border border-dashed border-border p-8 text-center text-muted">
          No catalogue is loaded. The OWASP catalogue loads at start-up; check the server log.
        </div>
      ) : (
        <ul className="grid gap-3">
          {catalogues.map((c) => (
            <li key={`${c.slug}/${c.version}`}>
              <Link
                href={`/catalogues/${c.slug}/${c.version}`}
                className="block rounded-lg border border-border bg-surface p-4 hover:border-accent hover:no-underline"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-fg">{c.title}</span>
                  <Badge>v{c.version}</Badge>
                </div>
                <Muted as="div" className="mt-1">
                  {c.publisher}
                  {c.publishedOn ? ` · ${c.publishedOn}` : ""} · {c.sectionCount} sections ·{" "}
                  {c.criterionCount} criteria
                  {c.licence ? ` · ${c.licence}` : ""}
                </Muted>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
