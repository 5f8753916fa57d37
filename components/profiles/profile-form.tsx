"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;
type Section = { key: string; title: string; criteria: Array<{ key: string; title: string }> };

/**
 * Name, a weight per section, optional per-criterion weights (folded away per section: most
 * profiles only change a few) and knock-out lines; values survive a refused submission.
 */
export function ProfileForm({ action, sections }: { action: Action; sections: Section[] }) {
  const [state, formAction] = useActionState(action, null);
  const v = state?.ok ? {} : (state?.values ?? {});
  const e = state?.fieldErrors ?? {};
  const knockoutError = Object.entries(e).find(([k]) => k.startsWith("knockouts"))?.[1];
  return (
    <form action={formAction} className="grid gap-3">
      <Field
        label="Name"
        name="name"
        required
        maxLength={120}
        defaultValue={String(v.name ?? "")}
        error={e.name}
        key={`n-${state?.ok}`}
      />
      <div className="grid gap-3 sm:grid-cols-4">
        {sections.map((s) => (
          <Field
            key={s.key}
            label={`${s.title} weight`}
            name={`w.${s.key}`}
            type="number"
            min={0}
            max={100}
            step="0.5"
            defaultValue={String(v[`w.${s.key}`] ?? "1")}
            error={e[`sectionWeights.${s.key}`]}
          />
        ))}
      </div>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">
          Criterion weights{" "}
          <span className="font-normal text-muted">
            (within a section; 1 unless changed, 0 leaves a criterion out)
          </span>
        </legend>
        {sections.map((s) => {
          const errors = s.criteria.filter((c) => e[`criterionWeights.${c.key}`]);
          return (
            <details
              key={s.key}
              open={errors.length > 0}
              className="rounded-md border border-border px-3 py-2"
            >
              <summary className="cursor-pointer text-sm">
                {s.title} <span className="text-muted">({s.criteria.length} criteria)</span>
              </summary>
              <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
                {s.criteria.map((c) => (
                  <label key={c.key} className="flex items-center gap-2 text-sm">
                    <input
                      name={`c.${c.key}`}
                      type="number"
                      min={0}
                      max={100}
                      step="0.5"
                      defaultValue={String(v[`c.${c.key}`] ?? "1")}
                      aria-invalid={!!e[`criterionWeights.${c.key}`]}
                      className="w-16 rounded-md border border-border bg-surface px-1.5 py-0.5 tabular-nums"
                    />
                    <span>
                      <span className="font-mono text-xs text-muted">{c.key}</span> {c.title}
                    </span>
                  </label>
                ))}
              </div>
              {errors.map((c) => (
                <p key={c.key} role="alert" className="text-sm text-danger">
                  {c.key}: {e[`criterionWeights.${c.key}`]}
                </p>
              ))}
            </details>
          );
        })}
      </fieldset>
      <label className="grid gap-1 text-sm font-medium">
        Knock-outs, one per line (e.g. EDGE-07 &gt;= 3)
        <textarea
          name="knockouts"
          rows={3}
          defaultValue={String(v.knockouts ?? "")}
          aria-invalid={!!knockoutError}
          className="rounded-md border border-border bg-surface px-2 py-1.5 font-mono text-sm font-normal"
        />
      </label>
      {knockoutError && (
        <p role="alert" className="text-sm text-danger">
          Knock-outs: {knockoutError}
        </p>
      )}
      {!Object.keys(e).length && <FormMessage state={state} />}
      <div>
        <SubmitButton pendingText="Creating…">Create profile</SubmitButton>
      </div>
    </form>
  );
}
