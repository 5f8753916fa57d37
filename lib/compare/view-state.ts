/**
 * The compare page's whole view lives in its URL, so copying the address shares exactly this
 * view. Parsing is forgiving (an unknown value falls back to its default) because URLs are
 * edited by hand and shared; the selection itself is validated by the server.
 */
export interface ViewState {
  evaluations: string[];
  profile: string;
  /** Sections shown; empty = all. */
  sections: string[];
  /** Sections folded to their total row. */
  collapsed: string[];
  query: string;
  differentiators: boolean;
  /** Rows sorted by this vendor's consensus (evaluation id) within each section; "" = catalogue order. */
  sortBy: string;
  sortDir: "asc" | "desc";
  /** Vendor columns hidden (evaluation ids). */
  hidden: string[];
  /**
   * The Regulations (crosswalk) tab: null shows the scores; otherwise the tab is shown, for the
   * target catalogue with this slug ("" = the first one mapped from the comparison's catalogue).
   */
  crosswalk: string | null;
  /** How the crosswalk's vendors × requirements matrix is drawn. */
  crosswalkView: "heatmap" | "table";
}

export const DEFAULT_VIEW: ViewState = {
  evaluations: [],
  profile: "equal",
  sections: [],
  collapsed: [],
  query: "",
  differentiators: false,
  sortBy: "",
  sortDir: "desc",
  hidden: [],
  crosswalk: null,
  crosswalkView: "heatmap",
};

const list = (v: string | null) =>
  v
    ? [
        ...new Set(
          v
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ].slice(0, 1000)
    : [];
const KEY = /^[A-Za-z0-9][A-Za-z0-9._()-]{0,99}$/;

/** Accepts URLSearchParams or Next's searchParams record (repeated `e` from a GET form too). */
export function parseViewState(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ViewState {
  // null when absent; "" when present but empty (`?xw=` opens the tab on its first target).
  const raw = (k: string): string | null => {
    if (input instanceof URLSearchParams) return input.has(k) ? input.getAll(k).join(",") : null;
    const v = input[k];
    return Array.isArray(v) ? v.join(",") : (v ?? null);
  };
  const get = (k: string): string | null => raw(k) || null;
  const xw = raw("xw");
  const sortDir = get("dir") === "asc" ? "asc" : "desc";
  return {
    evaluations: list(get("e")).slice(0, 50),
    profile: (get("p") ?? "").trim().slice(0, 80) || DEFAULT_VIEW.profile,
    sections: list(get("sec")).filter((k) => KEY.test(k)),
    collapsed: list(get("fold")).filter((k) => KEY.test(k)),
    query: (get("q") ?? "").slice(0, 200),
    differentiators: get("diff") === "1",
    sortBy: (get("sort") ?? "").slice(0, 40),
    sortDir,
    hidden: list(get("hide")),
    // Any text is kept (trimmed, bounded): the server names an unknown target in its message.
    crosswalk: xw === null ? null : (xw.split(",")[0] ?? "").trim().slice(0, 100),
    crosswalkView: get("xwv") === "table" ? "table" : "heatmap",
  };
}

/** The shortest query string for a state: defaults are left out. */
export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.evaluations.length) p.set("e", s.evaluations.join(","));
  if (s.profile !== DEFAULT_VIEW.profile) p.set("p", s.profile);
  if (s.sections.length) p.set("sec", s.sections.join(","));
  if (s.collapsed.length) p.set("fold", s.collapsed.join(","));
  if (s.query) p.set("q", s.query);
  if (s.differentiators) p.set("diff", "1");
  if (s.sortBy) {
    p.set("sort", s.sortBy);
    if (s.sortDir !== DEFAULT_VIEW.sortDir) p.set("dir", s.sortDir);
  }
  if (s.hidden.length) p.set("hide", s.hidden.join(","));
  if (s.crosswalk !== null) p.set("xw", s.crosswalk);
  if (s.crosswalkView !== DEFAULT_VIEW.crosswalkView) p.set("xwv", s.crosswalkView);
  return p.toString().replaceAll("%2C", ",");
}
