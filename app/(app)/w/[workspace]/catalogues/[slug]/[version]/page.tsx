import { Download } from "lucide-react";
import Link from "next/link";
import { CatalogueOutline } from "@/components/catalogue/catalogue-outline";
import { ScaleTable } from "@/components/catalogue/scale-table";
import { SourceCitation } from "@/components/catalogue/source-citation";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { buttonVariants } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { getWorkspaceCatalogue } from "@/lib/services/catalogues/catalogue-workspace";
import { setCatalogueArchivedAction } from "../../actions";

export const metadata = { title: "Catalogue" };

type Params = { params: Promise<{ workspace: string; slug: string; version: string }> };

export default async function WorkspaceCataloguePage({ params }: Params) {
  const { workspace, slug, version } = await params;
  const actor = await requireActor(`/w/${workspace}/catalogues/${slug}/${version}`);
  const c = await or404(getWorkspaceCatalogue(actor, workspace, slug, version));
  const total = c.sections.reduce((n, s) => n + s.criteria.length, 0);
  const base = `/w/${workspace}/catalogues/${c.slug}/${c.version}`;
  const archived = !!c.archivedAt;
  const { mayArchive } = c;
  return (
    <div className="grid gap-6">
      <PageHeader
        className="mb-6"
        size="lg"
        eyebrow={<Link href={`/w/${workspace}/catalogues`}>Catalogues</Link>}
        title={
          <>
            {c.title} <Badge>v{c.version}</Badge>
            {archived && (
              <>
                {" "}
                <Badge>archived</Badge>
              </>
            )}
          </>
        }
        actions={
          <>
            <a
              href={`${base}/export?format=oscal`}
              download
              className={buttonVariants({ variant: "secondary" })}
            >
              <Download aria-hidden size={16} />
              OSCAL JSON
            </a>
            <a
              href={`${base}/export?format=ciso-assistant`}
              download
              className={buttonVariants({ variant: "secondary" })}
            >
              <Download aria-hidden size={16} />
              CISO Assistant YAML
            </a>
          </>
        }
      >
        {c.sections.length} sections · {total} criteria ·{" "}
        {c.builtIn ? "built-in" : "imported into this workspace"} from{" "}
        {c.source.format === "oscal" ? "OSCAL" : "CISO Assistant"}. <SourceCitation source={c.source} />
      </PageHeader>
      {archived && (
        <p role="status" className="rounded-md border border-border bg-surface-2 px-3 py-2 text-sm">
          Archived on {c.archivedAt!.toISOString().slice(0, 10)}: its evaluations still read it, but it cannot
          be chosen for new ones.
        </p>
      )}
      {mayArchive && (
        <ActionForm
          action={setCatalogueArchivedAction.bind(null, workspace, c.slug, c.version, !archived)}
          label={archived ? "Restore" : "Archive"}
          pendingText={archived ? "Restoring…" : "Archiving…"}
          variant={archived ? "secondary" : "danger"}
          confirm={
            archived
              ? undefined
              : "Archive this catalogue? Existing evaluations keep it; new ones cannot use it."
          }
        />
      )}
      <details className="rounded-lg border border-border px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium">Rating scale</summary>
        <div className="mt-2">
          <ScaleTable scale={c.scale} />
        </div>
      </details>
      <CatalogueOutline sections={c.sections} />
    </div>
  );
}
