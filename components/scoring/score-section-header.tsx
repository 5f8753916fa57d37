import Link from "next/link";
import { Muted } from "../ui/muted";
import { PageHeader } from "../ui/page-header";

/** The section's title under a breadcrumb back to its evaluation, and the blind rule while it applies. */
export function ScoreSectionHeader({
  evaluationHref,
  framework,
  sectionTitle,
  blind,
}: {
  evaluationHref: string;
  framework: { name: string; productVersion: string };
  sectionTitle: string;
  blind: boolean;
}) {
  return (
    <>
      <PageHeader
        breadcrumbs={
          <>
            <Link className="underline" href={evaluationHref}>
              {framework.name} {framework.productVersion}
            </Link>{" "}
            / {sectionTitle}
          </>
        }
        title={sectionTitle}
      />
      {blind && (
        <Muted>
          Scores stay blind: you see other reviewers&apos; scores for this section once you submit it.
        </Muted>
      )}
    </>
  );
}
