/**
 * What the catalogue pages derive from a catalogue before showing it: counts and origin, the
 * links around a criterion, the catalogue the home page features. Pure, so each is unit-tested.
 */

/** The home page features the OWASP catalogue, or the first one loaded when it is missing. */
export const FEATURED_CATALOGUE = "owasp-iot-framework";

export function featuredCatalogue<T extends { slug: string }>(catalogues: T[]): T | null {
  return catalogues.find((c) => c.slug === FEATURED_CATALOGUE) ?? catalogues[0] ?? null;
}

/** The line under a workspace catalogue's title: how big it is, where it comes from, when it was archived. */
export function catalogueSummary(c: {
  sections: { criteria: unknown[] }[];
  builtIn: boolean;
  source: { format: string };
  archivedAt: Date | null;
}) {
  return {
    sectionCount: c.sections.length,
    criterionCount: c.sections.reduce((n, s) => n + s.criteria.length, 0),
    origin: c.builtIn ? "built-in" : "imported into this workspace",
    format: c.source.format === "oscal" ? "OSCAL" : "CISO Assistant",
    archivedOn: c.archivedAt ? c.archivedAt.toISOString().slice(0, 10) : null,
  };
}

type Ref = { key: string; title: string };

/** A criterion page's links: its catalogue, its section in the catalogue, and its neighbours. */
export function criterionLinks(
  catalogue: { slug: string; version: string },
  section: { key: string },
  previous: Ref | null,
  next: Ref | null,
) {
  const base = `/catalogues/${catalogue.slug}/${catalogue.version}`;
  const criterion = (c: Ref | null) =>
    c && { key: c.key, title: c.title, href: `${base}/criteria/${encodeURIComponent(c.key)}` };
  return {
    catalogue: base,
    section: `${base}?section=${encodeURIComponent(section.key)}`,
    previous: criterion(previous),
    next: criterion(next),
  };
}
