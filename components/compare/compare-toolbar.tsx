"use client";

import { useState } from "react";
import { vendorLabel } from "@/lib/compare/vendor-input";
import type { ComparisonData } from "@/lib/compare/types";
import type { ViewState } from "@/lib/compare/view-state";

// w-full min-w-0: a select sized by its longest option would overflow its grid column onto the
// next column's checkbox (two targets overlapping: WCAG 2.2 target size).
const control = "w-full min-w-0 rounded-md border border-border bg-surface px-2 py-1.5 text-sm";

/** Profile, sections, text filter, differentiators, vendor columns and row sort: all in the URL. */
export function CompareToolbar({
  data,
  view,
  update,
}: {
  data: ComparisonData;
  view: ViewState;
  update: (p: Partial<ViewState>) => void;
}) {
  const [query, setQuery] = useState(view.query);
  const shown = (key: string) => view.sections.length === 0 || view.sections.includes(key);
  const toggleSection = (key: string) => {
    const current = view.sections.length ? view.sections : data.sections.map((s) => s.key);
    const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    update({ sections: next.length === data.sections.length ? [] : next.length ? next : current });
  };
  const toggleVendor = (id: string) => {
    const hidden = view.hidden.includes(id) ? view.hidden.filter((h) => h !== id) : [...view.hidden, id];
    if (hidden.length < data.vendors.length) update({ hidden });
  };
  return (
    <div
      className="grid gap-3 rounded-lg border border-border bg-surface p-3 sm:grid-cols-2 lg:grid-cols-4"
      role="group"
      aria-label="Comparison view settings"
    >
      <label className="grid gap-1 text-sm font-medium">
        Weight profile
        <select
          className={control}
          value={view.profile}
          onChange={(e) => update({ profile: e.target.value })}
        >
          {data.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm font-medium">
        Filter criteria
        <input
          type="search"
          className={control}
          value={query}
          placeholder="Key, title or section"
          maxLength={200}
          onChange={(e) => {
            setQuery(e.target.value);
            update({ query: e.target.value });
          }}
        />
      </label>
      <label className="grid gap-1 text-sm font-medium">
        Sort rows by
        <select
          className={control}
          value={view.sortBy ? `${view.sortBy}:${view.sortDir}` : ""}
          onChange={(e) => {
            const [sortBy, dir] = e.target.value.split(":");
            update({ sortBy: sortBy ?? "", sortDir: dir === "asc" ? "asc" : "desc" });
          }}
        >
          <option value="">Catalogue order</option>
          {data.vendors.map((v) => [
            <option key={`${v.evaluationId}-d`} value={`${v.evaluationId}:desc`}>
              {vendorLabel(v)}: highest first
            </option>,
            <option key={`${v.evaluationId}-a`} value={`${v.evaluationId}:asc`}>
              {vendorLabel(v)}: lowest first
            </option>,
          ])}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end pb-1.5 text-sm font-medium">
        <input
          type="checkbox"
          checked={view.differentiators}
          onChange={(e) => update({ differentiators: e.target.checked })}
        />
        Only criteria where vendors differ by 2 or more
      </label>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">Sections</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {data.sections.map((s) => (
            <label key={s.key} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" checked={shown(s.key)} onChange={() => toggleSection(s.key)} />
              {s.title}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium">Vendor columns</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {data.vendors.map((v) => (
            <label key={v.evaluationId} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={!view.hidden.includes(v.evaluationId)}
                onChange={() => toggleVendor(v.evaluationId)}
              />
              {vendorLabel(v)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
