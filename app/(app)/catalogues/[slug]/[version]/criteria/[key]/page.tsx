import type { Metadata } from "next";
import { CriterionHeader } from "@/components/catalogue/criterion-header";
import { CriterionNeighbours } from "@/components/catalogue/criterion-neighbours";
import { CriterionText } from "@/components/catalogue/criterion-text";
import { ScaleTable } from "@/components/catalogue/scale-table";
import { SourceCitation } from "@/components/catalogue/source-citation";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { or404 } from "@/lib/http/page-data";
import { criterionPage } from "@/lib/services/catalogues/catalogue-pages";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ slug: string; version: string; key: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, version, key } = await params;
  const found = await criterionPage(slug, version, decodeURIComponent(key)).catch(() => null);
  return { title: found ? found.documentTitle : "Criterion not found" };
}

export default async function CriterionPage({ params }: Params) {
  const { slug, version, key } = await params;
  const vm = await or404(criterionPage(slug, version, decodeURIComponent(key)));
  const { catalogue, criterion, links } = vm;
  return (
    <>
      <CriterionHeader catalogue={catalogue} section={vm.section} criterion={criterion} links={links} />
      <div className="grid gap-6">
        <CriterionText criterion={criterion} />
        <section aria-labelledby="levels">
          <Heading level={2} size="section" id="levels" className="mb-2">
            Scoring guidance
          </Heading>
          <ScaleTable scale={catalogue.scale} guidance={criterion.levelGuidance} />
        </section>
        <Muted>
          <SourceCitation source={catalogue.source} /> Title as published; description and guidance are the
          Scorecard’s own wording.
        </Muted>
        <CriterionNeighbours previous={links.previous} next={links.next} />
      </div>
    </>
  );
}
