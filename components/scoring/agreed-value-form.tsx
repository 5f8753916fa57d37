"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import type { Scale } from "@/lib/schemas/catalogue";
import { FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;
export interface Agreed {
  value: number | null;
  notApplicable: boolean;
  reason: string;
}

/** Owners and admins record the agreed value after discussion; it wins over the median. */
export function AgreedValueForm({
  action,
  scale,
  agreed,
  criterionKey,
}: {
  action: Action;
  scale: Scale;
  agreed: Agreed | null;
  criterionKey: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const e = state?.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      className="mt-2 grid gap-2 rounded-md bg-surface-2 p-2 sm:grid-cols-[8rem_1fr_auto] sm:items-end"
    >
      <label className="grid gap-1 text-xs">
        Agreed value
        <select
          name="agreed"
          defaultValue={agreed ? (agreed.notApplicable ? "na" : String(agreed.value)) : ""}
          className="h-8 rounded-md border border-border bg-surface px-1 text-sm"
        >
          <option value="">—</option>
          {scale.levels.map((l) => (
            <option key={l.value} value={l.value}>
              {l.value} {l.label}
            </option>
          ))}
          <option value="na">N/A</option>
        </select>
      </label>
      <label className="grid gap-1 text-xs">
        Reason
        <input
          name="reason"
          defaultValue={agreed?.reason ?? ""}
          maxLength={2000}
          className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
          aria-describedby={`ag-${criterionKey}-msg`}
        />
      </label>
      <SubmitButton variant="secondary" className="h-8" pendingText="Saving…">
        Record agreed value
      </SubmitButton>
      <div id={`ag-${criterionKey}-msg`} className="empty:hidden sm:col-span-3">
        {Object.values(e).map((m) => (
          <p key={m} role="alert" className="text-xs text-danger">
            {m}
          </p>
        ))}
        {!Object.keys(e).length && <FormMessage state={state} />}
      </div>
    </form>
  );
}
