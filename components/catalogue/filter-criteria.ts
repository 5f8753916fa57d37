export interface BrowserCriterion {
  key: string;
  title: string;
  description: string;
}
export interface BrowserSection {
  key: string;
  title: string;
  description: string;
  criteria: BrowserCriterion[];
}

/** Lower case, accents removed, so "Spacial" finds "spacial" and "cafe" finds "café". */
export const normalise = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export const tokens = (query: string) => normalise(query).split(/\s+/).filter(Boolean).slice(0, 20);

/**
 * Criteria whose key, title or description contain every word of the query, in sections
 * matching `section` (null = all). Sections with no match are dropped.
 */
export function filterCriteria(
  sections: BrowserSection[],
  query: string,
  section: string | null,
): BrowserSection[] {
  const words = tokens(query);
  return sections
    .filter((s) => section === null || s.key === section)
    .map((s) => ({
      ...s,
      criteria: s.criteria.filter((c) => {
        const haystack = normalise(`${c.key} ${c.title} ${c.description}`);
        return words.every((w) => haystack.includes(w));
      }),
    }))
    .filter((s) => s.criteria.length > 0);
}

/** Splits `text` into plain and matched runs for <mark> highlighting. */
export function highlight(text: string, query: string): Array<{ text: string; match: boolean }> {
  const words = tokens(query);
  if (!words.length) return [{ text, match: false }];
  const lower = normalise(text);
  // normalise() can change length for some characters; only highlight when it did not.
  if (lower.length !== text.length) return [{ text, match: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) marks.fill(true, i, i + w.length);
  }
  const runs: Array<{ text: string; match: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else runs.push({ text: text[i], match: marks[i] });
  }
  return runs;
}
