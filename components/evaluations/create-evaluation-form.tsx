"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/http/action";
import { FormMessage, SelectField, SubmitButton } from "../ui/form";
import { Muted } from "../ui/muted";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;
interface Option {
  id: string;
  label: string;
}
interface CatalogueOption {
  ref: string;
  label: string;
  sections: Array<{ key: string; title: string }>;
}

/** Framework × catalogue version, the sections in scope, and a reason for each one left out. */
export function CreateEvaluationForm({
  action,
  frameworks,
  catalogues,
  previous,
}: {
  action: Action;
  frameworks: Option[];
  catalogues: CatalogueOption[];
  previous: Option[];
}) {
  const [state, formAction] = useActionState(action, null);
  const [catalogueRef, setCatalogueRef] = useState(catalogues[0]?.ref ?? "");
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const sections = catalogues.find((c) => c.ref === catalogueRef)?.sections ?? [];
  const e = state?.fieldErrors ?? {};
  if (!frameworks.length) return <Muted>Add a framework first.</Muted>;
  return (
    <form action={formAction} className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Framework" name="frameworkId" error={e.frameworkId}>
          {frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Catalogue version"
          name="catalogue"
          value={catalogueRef}
          onChange={(ev) => setCatalogueRef(ev.target.value)}
          error={e.catalogue}
        >
          {catalogues.map((c) => (
            <option key={c.ref} value={c.ref}>
              {c.label}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">Sections in scope</legend>
        {sections.map((s) => (
          <div key={s.key} className="grid gap-1 sm:grid-cols-[12rem_1fr] sm:items-center">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="sections"
                value={s.key}
                checked={!excluded.has(s.key)}
                onChange={(ev) =>
                  setExcluded((x) => {
                    const n = new Set(x);
                    if (ev.target.checked) n.delete(s.key);
                    else n.add(s.key);
                    return n;
                  })
                }
              />
              {s.title}
            </label>
            {excluded.has(s.key) && (
              <div>
                <label className="sr-only" htmlFor={`reason-${s.key}`}>
                  Why {s.title} is out of scope
                </label>
                <input
                  id={`reason-${s.key}`}
                  name={`reason.${s.key}`}
                  required
                  placeholder={`Why ${s.title} is out of scope`}
                  className="h-9 w-full rounded-md border border-border bg-surface px-2 text-sm"
                />
                {e[`outOfScopeReasons.${s.key}`] && (
                  <p role="alert" className="text-sm text-danger">
                    {e[`outOfScopeReasons.${s.key}`]}
                  </p>
                )}
              </div>
            )}
          </div>
        ))}
        {e.sections && (
          <p role="alert" className="text-sm text-danger">
            {e.sections}
          </p>
        )}
      </fieldset>
      {previous.length > 0 && (
        <SelectField
          label="Start from a previous evaluation (optional)"
          name="fromEvaluationId"
          defaultValue=""
        >
          <option value="">— Start empty —</option>
          {previous.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
      )}
      {previous.length > 0 && (
        <Muted>
          From a final evaluation every reviewer&apos;s scores carry over; from one still in review only yours
          do, so no one sees scores they are still blind to.
        </Muted>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Creating…">Create evaluation</SubmitButton>
      </div>
    </form>
  );
}
