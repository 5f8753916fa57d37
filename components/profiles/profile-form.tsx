"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** Name, a weight per section and knock-out lines; values survive a refused submission. */
export function ProfileForm({ action, sections }: { action: Action; sections: Array<{ key: string; title: string }> }) {
  const [state, formAction] = useActionState(action, null);
  const v = state?.ok ? {} : state?.values ?? {};
  const e = state?.fieldErrors ?? {};
  const knockoutError = Object.entries(e).find(([k]) => k.startsWith("knockouts"))?.[1];
  return (
    <form action={formAction} className="grid gap-3">
      <Field label="Name" name="name" required maxLength={120} defaultValue={String(v.name ?? "")} error={e.name} key={`n-${state?.ok}`} />
      <div className="grid gap-3 sm:grid-cols-4">
        {sections.map((s) => (
          <Field key={s.key} label={`${s.title} weight`} name={`w.${s.key}`} type="number" min={0} max={100} step="0.5"
            defaultValue={String(v[`w.${s.key}`] ?? "1")} error={e[`sectionWeights.${s.key}`]} />
        ))}
      </div>
      <label className="grid gap-1 text-sm font-medium">Knock-outs, one per line (e.g. EDGE-07 &gt;= 3)
        <textarea name="knockouts" rows={3} defaultValue={String(v.knockouts ?? "")} aria-invalid={!!knockoutError} className="rounded-md border border-border bg-surface px-2 py-1.5 font-mono text-sm font-normal" />
      </label>
      {knockoutError && <p role="alert" className="text-sm text-danger">Knock-outs: {knockoutError}</p>}
      {!Object.keys(e).length && <FormMessage state={state} />}
      <div><SubmitButton pendingText="Creating…">Create profile</SubmitButton></div>
    </form>
  );
}
