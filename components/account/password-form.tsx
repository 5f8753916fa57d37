"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

export function PasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid max-w-md gap-3">
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={e.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        error={e.newPassword}
        hint="At least 12 characters; common or breached passwords are refused."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Saving…">Change password</SubmitButton>
      </div>
    </form>
  );
}
