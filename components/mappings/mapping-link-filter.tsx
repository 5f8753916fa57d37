import { RELATIONSHIPS } from "@/lib/scoring/readiness";
import type { MappingFilter } from "@/lib/services/catalogues/mapping-view";
import { Button } from "../ui/button";
import { Field, SelectField } from "../ui/form";

/** A GET form: the filter lives in the address, so a filtered view can be bookmarked and shared. */
export function MappingLinkFilter({ filter, clearHref }: { filter: MappingFilter; clearHref: string }) {
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end" role="search">
      <Field
        label="Filter links"
        name="q"
        type="search"
        maxLength={200}
        defaultValue={filter.q}
        placeholder="criterion or requirement id, title, rationale"
      />
      <SelectField label="Relationship" name="rel" defaultValue={filter.rel ?? ""}>
        <option value="">All relationships</option>
        {RELATIONSHIPS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </SelectField>
      <div className="flex items-center gap-3">
        <Button type="submit">Filter</Button>
        {(filter.q || filter.rel) && (
          <a className="text-sm underline" href={clearHref}>
            Clear
          </a>
        )}
      </div>
    </form>
  );
}
