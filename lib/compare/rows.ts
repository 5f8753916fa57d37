import type { ConsensusValue } from "../scoring";
import type { ComparisonData } from "./types";
import type { ViewState } from "./view-state";

export type CompareRow =
  | { kind: "section"; key: string; title: string; count: number; shown: number; collapsed: boolean }
  | { kind: "criterion"; key: string; title: string; sectionKey: string };

/** "Vendors differ" (product.md flow 6): consensus values of the vendors shown span ≥ 2 points. */
export const DIFFERENTIATOR_SPREAD = 2;

export function vendorSpread(values: ConsensusValue[]): number | null {
  const nums = values.filter((v): v is number => typeof v === "number");
  return nums.length < 2 ? null : Math.max(...nums) - Math.min(...nums);
}

const rank = (v: ConsensusValue, dir: "asc" | "desc") =>
  typeof v === "number" ? (dir === "desc" ? -v : v) : Number.POSITIVE_INFINITY;

/**
 * The table's rows for a view: sections (with how many of their criteria are shown) and their
 * criteria, after the section choice, the text filter (key, title or section) and the
 * "differentiators only" filter; within a section, sorted by one vendor's consensus if asked
 * (unscored, N/A and hidden last). A 1,000-criterion catalogue stays one linear pass.
 */
export function buildRows(data: ComparisonData, view: ViewState, visibleVendors: string[]): CompareRow[] {
  const q = view.query.trim().toLowerCase();
  const shownSections = view.sections.length ? new Set(view.sections) : null;
  const vendors = data.vendors.filter((v) => visibleVendors.includes(v.evaluationId));
  const sortVendor = view.sortBy ? data.vendors.find((v) => v.evaluationId === view.sortBy) : undefined;
  const rows: CompareRow[] = [];
  for (const section of data.sections) {
    if (shownSections && !shownSections.has(section.key)) continue;
    const sectionHit = q !== "" && section.title.toLowerCase().includes(q);
    let criteria = section.criteria.filter((c) => {
      if (q && !sectionHit && !c.key.toLowerCase().includes(q) && !c.title.toLowerCase().includes(q))
        return false;
      if (view.differentiators) {
        const spread = vendorSpread(vendors.map((v) => v.cells[c.key]?.value ?? null));
        if (spread === null || spread < DIFFERENTIATOR_SPREAD) return false;
      }
      return true;
    });
    if (sortVendor) {
      const pos = new Map(section.criteria.map((c, i) => [c.key, i]));
      criteria = [...criteria].sort(
        (a, b) =>
          rank(sortVendor.cells[a.key]?.value ?? null, view.sortDir) -
            rank(sortVendor.cells[b.key]?.value ?? null, view.sortDir) || pos.get(a.key)! - pos.get(b.key)!,
      );
    }
    if (criteria.length === 0 && (q || view.differentiators)) continue;
    const collapsed = view.collapsed.includes(section.key);
    rows.push({
      kind: "section",
      key: section.key,
      title: section.title,
      count: section.criteria.length,
      shown: criteria.length,
      collapsed,
    });
    if (!collapsed)
      for (const c of criteria)
        rows.push({ kind: "criterion", key: c.key, title: c.title, sectionKey: section.key });
  }
  return rows;
}
