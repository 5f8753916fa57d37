import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { ScaleTable } from "@/components/catalogue/scale-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { DEFAULT_SCALE } from "@/lib/schemas/catalogue";
import { listCatalogues } from "@/lib/services/catalogues/catalogues";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const catalogues = await listCatalogues();
  const owasp = catalogues.find((c) => c.slug === "owasp-iot-framework") ?? catalogues[0];
  return (
    <>
      <PageHeader className="mb-6" size="lg" title="Score IoT frameworks on security, together">
        Security architects evaluate candidate IoT frameworks — edge SDKs, gateways, cloud IoT platforms,
        mobile SDKs — against the criteria of the OWASP document{" "}
        <em>IoT Framework Security Considerations</em>, with several reviewers, then compare vendors side by
        side and defend the choice with a report.
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <Heading level={2}>1 · Blind, independent scores</Heading>
          <Muted className="mt-1">
            Each reviewer scores every criterion without seeing the others, until they submit their section.
            That avoids anchoring.
          </Muted>
        </Card>
        <Card>
          <Heading level={2}>2 · Consensus and agreement</Heading>
          <Muted className="mt-1">
            The consensus is the median of submitted scores. Spreads of two or more points are flagged for
            discussion.
          </Muted>
        </Card>
        <Card>
          <Heading level={2}>3 · Weighted, with gaps visible</Heading>
          <Muted className="mt-1">
            Section score = Σ(weight × score) / Σ(weight × 4) × 100 over scored, applicable criteria. Coverage
            is always shown; unscored is a gap, never a silent zero.
          </Muted>
        </Card>
      </div>
      <section aria-labelledby="scale" className="mt-8">
        <Heading level={2} size="section" id="scale" className="mb-1">
          The “secure by default” scale
        </Heading>
        <Muted className="mb-3 max-w-3xl">
          The top of the scale rewards what the OWASP document asks for: security that developers do not have
          to think about. N/A needs a rationale and is left out of every denominator.
        </Muted>
        <ScaleTable scale={DEFAULT_SCALE} />
      </section>
      <section aria-labelledby="catalogue" className="mt-8">
        <Heading level={2} size="section" id="catalogue" className="mb-3">
          The catalogue
        </Heading>
        {owasp ? (
          <Link
            href={`/catalogues/${owasp.slug}/${owasp.version}`}
            className="group block rounded-lg border border-border bg-surface p-4 hover:border-accent hover:no-underline"
          >
            <div className="font-medium text-fg">{owasp.title}</div>
            <Muted as="div" className="mt-1">
              {owasp.publisher} · {owasp.sectionCount} sections · {owasp.criterionCount} criteria
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
    </>
  );
}
