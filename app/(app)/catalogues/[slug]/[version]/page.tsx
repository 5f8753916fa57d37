import type { Metadata } from "next";
import Link from "next/link";
import { CatalogueBrowser } from "@/components/catalogue/catalogue-browser";
import { SourceCitation } from "@/components/catalogue/source-citation";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { or404 } from "@/lib/http/page-data";
import { getCatalogue } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ slug: string; version: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, version } = await params;
  const c = await getCatalogue(slug, version).catch(() => null);
  return { title: c ? `${c.title} (${c.version})` : "Catalogue not found" };
}

export default async function CataloguePage({ params }: Params) {
  const { slug, version } = await params;
  const catalogue = await or404(getCatalogue(slug, version));
  const total = catalogue.sections.reduce((n, s) => n + s.criteria.length, 0);
  return (
    <>
      <PageHeader
        className="mb-6"
        size="lg"
        eyebrow={<Link href="/catalogues">Catalogues</Link>}
        title={
          <>
            {catalogue.title} <Badge>v{catalogue.version}</Badge>
          </>
        }
      >
        {catalogue.sections.length} sections · {total} criteria. <SourceCitation source={catalogue.source} />
      </PageHeader>
      <CatalogueBrowser
        basePath={`/catalogues/${catalogue.slug}/${catalogue.version}`}
        sections={catalogue.sections.map((s) => ({
          key: s.key,
          title: s.title,
          description: s.description,
          criteria: s.criteria.map((c) => ({ key: c.key, title: c.title, description: c.description })),
        }))}
      />
    </>
  );
}
