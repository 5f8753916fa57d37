"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

export function SetupForm({ token, action }: { token: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const v = state?.values ?? {};
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        defaultValue={String(v.name ?? "")}
        error={e.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={String(v.email ?? "")}
        error={e.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={e.password}
        hint="At least 12 characters. Common or breached passwords are refused."
      />
      <Field
        label="Workspace name"
        name="workspaceName"
        required
        defaultValue={String(v.workspaceName ?? "")}
        error={e.workspaceName}
        hint="Your team or company; you can invite people next."
      />
      {e.token && (
        <p role="alert" className="text-sm text-danger">
          The setup link is malformed. Copy it again from the server log.
        </p>
      )}
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create owner account</SubmitButton>
    </form>
  );
}
