import { FeaturedCatalogue } from "@/components/home/featured-catalogue";
import { HowItWorks } from "@/components/home/how-it-works";
import { ScaleSection } from "@/components/home/scale-section";
import { PageHeader } from "@/components/ui/page-header";
import { homePage } from "@/lib/services/catalogues/catalogue-pages";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { scale, featured } = await homePage();
  return (
    <>
      <PageHeader className="mb-6" size="lg" title="Score IoT frameworks on security, together">
        Security architects evaluate candidate IoT frameworks — edge SDKs, gateways, cloud IoT platforms,
        mobile SDKs — against the criteria of the OWASP document{" "}
        <em>IoT Framework Security Considerations</em>, with several reviewers, then compare vendors side by
        side and defend the choice with a report.
      </PageHeader>
      <HowItWorks />
      <ScaleSection scale={scale} />
      <FeaturedCatalogue catalogue={featured} />
    </>
  );
}
