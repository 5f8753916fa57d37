import type { BrowserSection } from "./filter-criteria";
import { Highlighted } from "./highlighted";
import { Heading } from "../ui/heading";
import { IntentLink } from "../ui/intent-link";
import { Muted } from "../ui/muted";

/**
 * The "link to this row" icon (lucide's link-2), as plain SVG: there is one per criterion, and
 * lucide's icon component, 58 times, cost the browser as much as all of our own code on the
 * catalogue page (12 ms a load; scripts/bench/browser-profile.ts).
 */
const ROW_LINK_ICON = (
  <svg
    aria-hidden="true"
    viewBox="0 0 24 24"
    className="h-4 w-4"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M9 17H7A5 5 0 0 1 7 7h2" />
    <path d="M15 7h2a5 5 0 1 1 0 10h-2" />
    <line x1="8" x2="16" y1="12" y2="12" />
  </svg>
);

export function CriterionList({
  sections,
  basePath,
  query,
}: {
  sections: BrowserSection[];
  basePath: string;
  query: string;
}) {
  return (
    <div className="grid gap-6">
      {sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} data-testid="catalogue-section">
          <Heading
            level={2}
            size="section"
            id={`section-${s.key}`}
            className="mb-1 flex items-baseline gap-2"
          >
            {s.title}{" "}
            <Muted as="span" className="font-normal">
              {s.criteria.length}
            </Muted>
          </Heading>
          {s.description && <Muted className="mb-3 max-w-3xl">{s.description}</Muted>}
          <ul className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
            {s.criteria.map((c) => (
              <li
                key={c.key}
                id={c.key}
                className="group scroll-mt-20 p-3 sm:p-4"
                data-testid="criterion-row"
              >
                <div className="flex items-start gap-3">
                  <span className="mt-0.5 shrink-0 rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-muted">
                    {c.key}
                  </span>
                  <div className="min-w-0 flex-1">
                    {/* Prefetched when reached for, not for every row on screen: each is a server render. */}
                    <IntentLink
                      href={`${basePath}/criteria/${encodeURIComponent(c.key)}`}
                      className="font-medium text-fg"
                    >
                      <Highlighted text={c.title} query={query} />
                    </IntentLink>
                    <Muted className="mt-1 line-clamp-2">
                      <Highlighted text={c.description} query={query} />
                    </Muted>
                  </div>
                  <a
                    href={`#${c.key}`}
                    className="shrink-0 p-1 text-muted opacity-0 group-hover:opacity-100 focus:opacity-100"
                    aria-label={`Link to ${c.key} in this list`}
                  >
                    {ROW_LINK_ICON}
                  </a>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
