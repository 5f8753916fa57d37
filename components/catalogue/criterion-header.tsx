import Link from "next/link";
import { Badge } from "../ui/badge";
import { PageHeader } from "../ui/page-header";

/** A criterion's h1 under the breadcrumbs Catalogues / catalogue / section. */
export function CriterionHeader({
  catalogue,
  section,
  criterion,
  links,
}: {
  catalogue: { title: string };
  section: { title: string };
  criterion: { key: string; title: string };
  links: { catalogue: string; section: string };
}) {
  return (
    <PageHeader
      className="mb-6"
      size="lg"
      breadcrumbs={
        <>
          <Link href="/catalogues">Catalogues</Link> / <Link href={links.catalogue}>{catalogue.title}</Link> /{" "}
          <Link href={links.section}>{section.title}</Link>
        </>
      }
      title={criterion.title}
      eyebrow={
        <>
          <Badge tone="accent">{criterion.key}</Badge> <span className="ml-1">{section.title}</span>
        </>
      }
    />
  );
}
