"use client";

import { Search, X } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useHydrated } from "../ui/use-hydrated";
import { Button } from "../ui/button";
import { Muted } from "../ui/muted";
import { filterCriteria, type BrowserSection } from "./filter-criteria";
import { CriterionList } from "./criterion-list";
import { SectionFilter } from "./section-filter";

/**
 * Instant search and section filter over a catalogue. The state lives in the URL (?q=&section=)
 * via history.replaceState, so a filtered view can be shared without a server round trip.
 */
export function CatalogueBrowser({ sections, basePath }: { sections: BrowserSection[]; basePath: string }) {
  const params = useSearchParams();
  const [query, setQuery] = useState(() => (params.get("q") ?? "").slice(0, 200));
  const [section, setSection] = useState<string | null>(() => {
    const s = params.get("section");
    return sections.some((x) => x.key === s) ? s : null;
  });
  const deferredQuery = useDeferredValue(query);
  const ready = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const visible = useMemo(
    () => filterCriteria(sections, deferredQuery, section),
    [sections, deferredQuery, section],
  );
  const total = sections.reduce((n, s) => n + s.criteria.length, 0);
  const shown = visible.reduce((n, s) => n + s.criteria.length, 0);

  useEffect(() => {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    if (section) url.searchParams.set("section", section);
    else url.searchParams.delete("section");
    window.history.replaceState(window.history.state, "", url);
  }, [query, section]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing =
        e.target instanceof HTMLElement && e.target.closest("input, textarea, select, [contenteditable]");
      if (e.key === "/" && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const clear = () => {
    setQuery("");
    setSection(null);
    input.current?.focus();
  };

  return (
    <div className="grid gap-4" data-testid="catalogue-browser" data-ready={ready || undefined}>
      <SectionFilter sections={sections} total={total} selected={section} onSelect={setSection} />
      <div className="relative">
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-muted"
        />
        <input
          ref={input}
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape" && query) {
              e.preventDefault();
              setQuery("");
            }
          }}
          placeholder="Search key, title or description  ( / )"
          aria-label="Search criteria"
          className="h-11 w-full rounded-lg border border-border bg-surface pr-3 pl-9 text-base placeholder:text-muted focus:border-accent focus:outline-none"
        />
      </div>
      <Muted aria-live="polite" data-testid="result-count">
        {shown === total ? `${total} criteria` : `Showing ${shown} of ${total} criteria`}
      </Muted>
      {shown === 0 ? (
        <div className="rounded-lg border border-dashed border-border p-8 text-center">
          <p className="text-muted">
            No criterion matches {query ? <>“{query}”</> : "this filter"}
            {section ? " in this section" : ""}.
          </p>
          <Button type="button" onClick={clear} variant="secondary" size="sm" className="mt-3 gap-1">
            <X aria-hidden className="h-4 w-4" /> Clear filters
          </Button>
        </div>
      ) : (
        <CriterionList sections={visible} basePath={basePath} query={deferredQuery} />
      )}
    </div>
  );
}
