import type { CatalogueDetail } from "@/lib/services/catalogues/catalogues";

/** "Source: OWASP, “Title”, 2016-03-18, CC BY-SA 3.0" with a link when there is one. */
export function SourceCitation({ source }: { source: CatalogueDetail["source"] }) {
  const title = source.url ? (
    <a href={source.url} rel="noopener noreferrer" target="_blank" className="underline">
      “{source.title}”
    </a>
  ) : (
    <>“{source.title}”</>
  );
  return (
    <span>
      Source: {source.publisher}, {title}
      {source.publishedOn ? `, ${source.publishedOn}` : ""}
      {source.licence ? `, ${source.licence}` : ""}.
    </span>
  );
}
