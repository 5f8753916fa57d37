import Form from "next/form";
import Link from "next/link";
import { PickerSubmit } from "./picker-submit";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

interface Ev {
  id: string;
  status: string;
  framework: { name: string; productVersion: string };
  catalogue: { slug: string; version: string; title: string };
}

/**
 * Choose what to compare: a GET form (next/form: an in-app navigation that shows the loading
 * state at once, and a plain form submission without JavaScript), grouped by catalogue
 * version because only evaluations of one version can be compared.
 */
export function ComparePicker({
  slug,
  evaluations,
  selected,
  narrowedTo,
}: {
  slug: string;
  evaluations: Ev[];
  selected: string[];
  narrowedTo?: string;
}) {
  const groups = new Map<string, Ev[]>();
  for (const e of evaluations) {
    const k = `${e.catalogue.title} · ${e.catalogue.version}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  if (evaluations.length < 2) {
    return (
      <p className="rounded-lg border border-border p-6 text-center text-muted">
        Comparing needs at least two evaluations.{" "}
        <Link className="underline" href={`/w/${slug}/evaluations`}>
          Start evaluations
        </Link>{" "}
        of the frameworks you are choosing between.
      </p>
    );
  }
  return (
    <Form action={`/w/${slug}/compare`} className="grid gap-3 rounded-lg border border-border bg-surface p-3">
      <Heading level={2}>Choose 2–20 evaluations of one catalogue version</Heading>
      {narrowedTo && (
        <Muted>
          Showing the evaluations of {narrowedTo}, which this comparison can include.{" "}
          <Link className="underline" href={`/w/${slug}/compare`}>
            Start a new selection
          </Link>{" "}
          to compare another catalogue version.
        </Muted>
      )}
      {[...groups].map(([label, list]) => (
        <fieldset key={label}>
          <legend className="text-sm font-medium text-muted">{label}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {list.map((e) => (
              <label key={e.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="e" value={e.id} defaultChecked={selected.includes(e.id)} />
                {e.framework.name} {e.framework.productVersion}{" "}
                <span className="text-xs text-muted">({e.status.replace("_", " ")})</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <PickerSubmit />
    </Form>
  );
}
