"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { StepUpField } from "../account/step-up-field";
import { CopyField } from "../ui/copy-field";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

export function TokenForm({ action, canWrite }: { action: Action; canWrite: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const token = state?.ok ? (state.data as { token: string }).token : null;
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem] sm:items-start">
        <Field
          label="Name"
          name="name"
          required
          maxLength={100}
          placeholder="CI export job"
          defaultValue={token ? "" : String(state?.values?.name ?? "")}
          error={e.name}
        />
        <Field
          label="Expires in (days)"
          name="expiresInDays"
          type="number"
          min={1}
          max={365}
          required
          defaultValue={String(state?.values?.expiresInDays ?? 30)}
          error={e.expiresInDays}
        />
      </div>
      <fieldset className="grid gap-1">
        <legend className="text-sm font-medium">Scopes</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="scopes" value="read" defaultChecked /> read
        </label>
        {canWrite && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="scopes" value="write" /> write
          </label>
        )}
        {e.scopes && (
          <p role="alert" className="text-sm text-danger">
            {e.scopes}
          </p>
        )}
      </fieldset>
      <div className="max-w-xs">
        <StepUpField error={e.password} />
      </div>
      <div>
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </div>
      <FormMessage state={state} />
      {token && <CopyField label="Your new token" value={token} />}
    </form>
  );
}
