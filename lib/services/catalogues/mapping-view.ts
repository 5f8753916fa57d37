import { z } from "zod";
import { RELATIONSHIPS, type Relationship } from "../../scoring/readiness";

/**
 * What a mapping set's page derives from its links: the filter read from the address, the
 * two-column rows (source criterion → its target requirements), the counts per relationship
 * and the "not covered" list with titles. Pure, so each rule is unit-tested.
 */

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A filter that cannot be read (too long, an unknown relationship) is dropped, not an error page. */
const filterSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  rel: z.enum(RELATIONSHIPS).nullable().catch(null),
});
export type MappingFilter = z.infer<typeof filterSchema>;

export function parseMappingFilter(sp: SearchParams): MappingFilter {
  return filterSchema.parse({ q: first(sp.q) ?? "", rel: first(sp.rel) ?? null });
}

export interface Titled {
  key: string;
  title: string;
}
export interface LinkRow {
  sourceKey: string;
  targetKey: string;
  relationship: Relationship;
  rationale: string;
}

/** The first line of a rationale, shortened: the table gives one line per link. */
export function oneLine(text: string, max = 200): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export function relationshipCounts(links: Array<{ relationship: Relationship }>) {
  const counts = Object.fromEntries(RELATIONSHIPS.map((r) => [r, 0])) as Record<Relationship, number>;
  for (const l of links) counts[l.relationship] += 1;
  return RELATIONSHIPS.map((relationship) => ({ relationship, count: counts[relationship] }));
}

const titleOf = (criteria: Titled[]) => {
  const titles = new Map(criteria.map((c) => [c.key, c.title]));
  return (key: string) => titles.get(key) ?? "";
};

/**
 * Rows in the source catalogue's order, each criterion with its links in file order. The text
 * matches a criterion (id or title: then all its links show) or a link (requirement id, title
 * or rationale: then only that link); the relationship filter keeps the links of that kind.
 */
export function mappingRows(links: LinkRow[], source: Titled[], target: Titled[], filter: MappingFilter) {
  const targetTitle = titleOf(target);
  const q = filter.q.toLowerCase();
  const has = (...texts: string[]) => texts.some((t) => t.toLowerCase().includes(q));
  const bySource = new Map<string, LinkRow[]>();
  for (const l of links) bySource.set(l.sourceKey, [...(bySource.get(l.sourceKey) ?? []), l]);
  // A key the catalogue no longer lists cannot happen (links are resolved on import); kept last if it did.
  const known = new Set(source.map((c) => c.key));
  const order = [...known, ...[...bySource.keys()].filter((k) => !known.has(k))];
  const sourceTitle = titleOf(source);
  const rows = order.flatMap((key) => {
    const own = (bySource.get(key) ?? []).filter((l) => !filter.rel || l.relationship === filter.rel);
    const whole = !q || has(key, sourceTitle(key));
    const shown = whole ? own : own.filter((l) => has(l.targetKey, targetTitle(l.targetKey), l.rationale));
    if (shown.length === 0) return [];
    return [
      {
        key,
        title: sourceTitle(key),
        targets: shown.map((l) => ({
          key: l.targetKey,
          title: targetTitle(l.targetKey),
          relationship: l.relationship,
          rationale: oneLine(l.rationale),
        })),
      },
    ];
  });
  return { rows, shownLinks: rows.reduce((n, r) => n + r.targets.length, 0) };
}

/** The requirements the authors say no criterion speaks to, with their titles, in catalogue order. */
export function notCoveredRows(notCovered: Array<{ key: string; reason: string }>, target: Titled[]) {
  const position = new Map(target.map((c, i) => [c.key, i]));
  const title = titleOf(target);
  return [...notCovered]
    .sort((a, b) => (position.get(a.key) ?? Infinity) - (position.get(b.key) ?? Infinity))
    .map((n) => ({ key: n.key, title: title(n.key), reason: n.reason }));
}
