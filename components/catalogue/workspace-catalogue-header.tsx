import { Download } from "lucide-react";
import Link from "next/link";
import type { CatalogueDetail } from "@/lib/services/catalogues/catalogues";
import type { catalogueSummary } from "@/lib/services/catalogues/catalogue-view";
import { Badge } from "../ui/badge";
import { buttonVariants } from "../ui/button";
import { PageHeader } from "../ui/page-header";
import { SourceCitation } from "./source-citation";

const EXPORTS = [
  { format: "oscal", label: "OSCAL JSON" },
  { format: "ciso-assistant", label: "CISO Assistant YAML" },
];

/** A workspace catalogue's h1 with its version and state, its downloads, and where it comes from. */
export function WorkspaceCatalogueHeader({
  workspace,
  catalogue: c,
  summary,
}: {
  workspace: string;
  catalogue: Pick<CatalogueDetail, "slug" | "version" | "title" | "source">;
  summary: ReturnType<typeof catalogueSummary>;
}) {
  const base = `/w/${workspace}/catalogues/${c.slug}/${c.version}`;
  return (
    <PageHeader
      className="mb-6"
      size="lg"
      eyebrow={<Link href={`/w/${workspace}/catalogues`}>Catalogues</Link>}
      title={
        <>
          {c.title} <Badge>v{c.version}</Badge>
          {summary.archivedOn && (
            <>
              {" "}
              <Badge>archived</Badge>
            </>
          )}
        </>
      }
      actions={EXPORTS.map(({ format, label }) => (
        <a
          key={format}
          href={`${base}/export?format=${format}`}
          download
          className={buttonVariants({ variant: "secondary" })}
        >
          <Download aria-hidden size={16} />
          {label}
        </a>
      ))}
    >
      {summary.sectionCount} sections · {summary.criterionCount} criteria · {summary.origin} from{" "}
      {summary.format}. <SourceCitation source={c.source} />
    </PageHeader>
  );
}
