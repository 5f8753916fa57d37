"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** Signed in: one button. New to the app: name and password create the account. */
export function AcceptInvitationForm({ action, newAccount }: { action: Action; newAccount: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3">
      {newAccount && (
        <>
          <Field
            label="Your name"
            name="name"
            autoComplete="name"
            required
            defaultValue={String(state?.values?.name ?? "")}
            error={e.name}
          />
          <Field
            label="Choose a password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            error={e.password}
            hint="At least 12 characters; common or breached passwords are refused."
          />
        </>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Joining…">
          {newAccount ? "Create account and join" : "Join workspace"}
        </SubmitButton>
      </div>
    </form>
  );
}
