import { Button } from "../ui/button";

interface FilterField {
  name: string;
  label: string;
  type: "date" | "text";
  placeholder?: string;
  value: string;
}

/** A GET form: the filters live in the address, so a filtered view can be bookmarked or exported. */
export function AuditFilters({ fields }: { fields: FilterField[] }) {
  return (
    <form className="grid gap-2 sm:grid-cols-5 sm:items-end" method="get">
      {fields.map((f) => (
        <label key={f.name} className="grid gap-1 text-sm">
          <span className="capitalize">{f.label}</span>
          <input
            name={f.name}
            type={f.type}
            defaultValue={f.value}
            placeholder={f.placeholder}
            className="h-9 rounded-md border border-border bg-surface px-2"
          />
        </label>
      ))}
      <Button type="submit">Filter</Button>
    </form>
  );
}
