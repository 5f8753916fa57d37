import type { BrowserSection } from "./filter-criteria";

const chip = "rounded-full border px-3 py-1 text-sm transition-colors";
const on = "border-accent bg-accent-soft text-accent font-medium";
const off = "border-border bg-surface text-muted hover:text-fg hover:bg-surface-2";

/** Sections with their criterion counts; choosing one filters the list (toggle buttons). */
export function SectionFilter({
  sections,
  total,
  selected,
  onSelect,
}: {
  sections: BrowserSection[];
  total: number;
  selected: string | null;
  onSelect: (key: string | null) => void;
}) {
  return (
    <div role="group" aria-label="Filter by section" className="flex flex-wrap gap-2">
      <button
        type="button"
        aria-pressed={selected === null}
        onClick={() => onSelect(null)}
        className={`${chip} ${selected === null ? on : off}`}
      >
        All sections <span className="tabular-nums">({total})</span>
      </button>
      {sections.map((s) => (
        <button
          key={s.key}
          type="button"
          aria-pressed={selected === s.key}
          onClick={() => onSelect(selected === s.key ? null : s.key)}
          className={`${chip} ${selected === s.key ? on : off}`}
          data-testid={`section-${s.key}`}
        >
          {s.title} <span className="tabular-nums">({s.criteria.length})</span>
        </button>
      ))}
    </div>
  );
}
