"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { CopyField } from "../ui/copy-field";
import { Field, FormMessage, SelectField, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

export function InviteForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const created = state?.ok ? (state.data as { url: string; existingAccount: boolean }) : null;
  const link = created?.url ?? null;
  return (
    <form action={formAction} className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field
          label="Email"
          name="email"
          type="email"
          required
          defaultValue={link ? "" : String(state?.values?.email ?? "")}
          error={state?.fieldErrors?.email}
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue={String(state?.values?.role ?? "reviewer")}
          error={state?.fieldErrors?.role}
        >
          <option value="admin">Admin</option>
          <option value="reviewer">Reviewer</option>
          <option value="viewer">Viewer</option>
        </SelectField>
        <SubmitButton pendingText="Creating…">Create invitation</SubmitButton>
      </div>
      <FormMessage state={state} />
      {created?.existingAccount && (
        <p role="status" className="rounded border border-border bg-accent-soft p-2 text-sm">
          This email already has an account on this installation. Accepting adds that existing account to this
          workspace, with the password its owner already set: check that it is the person you mean.
        </p>
      )}
      {link && <CopyField label="Invitation link (valid 7 days, single use)" value={link} />}
    </form>
  );
}
