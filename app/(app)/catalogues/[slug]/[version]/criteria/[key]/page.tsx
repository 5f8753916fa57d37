import { ChevronLeft, ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ScaleTable } from "@/components/catalogue/scale-table";
import { SourceCitation } from "@/components/catalogue/source-citation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { or404 } from "@/lib/http/page-data";
import { getCriterion } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";
type Params = { params: Promise<{ slug: string; version: string; key: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, version, key } = await params;
  const found = await getCriterion(slug, version, decodeURIComponent(key)).catch(() => null);
  return { title: found ? `${found.criterion.key} ${found.criterion.title}` : "Criterion not found" };
}

export default async function CriterionPage({ params }: Params) {
  const { slug, version, key } = await params;
  const { catalogue, section, criterion, previous, next } = await or404(
    getCriterion(slug, version, decodeURIComponent(key)),
  );
  const base = `/catalogues/${catalogue.slug}/${catalogue.version}`;
  return (
    <>
      <PageHeader
        className="mb-6"
        size="lg"
        breadcrumbs={
          <>
            <Link href="/catalogues">Catalogues</Link> / <Link href={base}>{catalogue.title}</Link> /{" "}
            <Link href={`${base}?section=${encodeURIComponent(section.key)}`}>{section.title}</Link>
          </>
        }
        title={criterion.title}
        eyebrow={
          <>
            <Badge tone="accent">{criterion.key}</Badge> <span className="ml-1">{section.title}</span>
          </>
        }
      />
      <div className="grid gap-6">
        <Card>
          <h2 className="mb-1 text-sm font-semibold tracking-wide text-muted uppercase">What it asks</h2>
          <p className="whitespace-pre-line" data-testid="criterion-description">
            {criterion.description || "—"}
          </p>
          {criterion.guidance && (
            <>
              <h2 className="mt-4 mb-1 text-sm font-semibold tracking-wide text-muted uppercase">
                Evidence to look for
              </h2>
              <p className="whitespace-pre-line">{criterion.guidance}</p>
            </>
          )}
        </Card>
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
        <nav
          aria-label="Neighbouring criteria"
          className="flex flex-col gap-2 border-t border-border pt-4 sm:flex-row sm:justify-between"
        >
          {previous ? (
            <Link
              href={`${base}/criteria/${encodeURIComponent(previous.key)}`}
              rel="prev"
              className="inline-flex items-center gap-1 text-sm"
            >
              <ChevronLeft aria-hidden className="h-4 w-4" /> {previous.key} {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link
              href={`${base}/criteria/${encodeURIComponent(next.key)}`}
              rel="next"
              className="inline-flex items-center gap-1 text-sm sm:text-right"
            >
              {next.key} {next.title} <ChevronRight aria-hidden className="h-4 w-4" />
            </Link>
          )}
        </nav>
      </div>
    </>
  );
}
