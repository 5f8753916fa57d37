"use client";

import { useActionState, useRef } from "react";
import type { ActionState } from "@/lib/http/action";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/** Changing the select submits at once; errors show beside it. */
export function RoleSelect({
  action,
  userId,
  role,
  label,
}: {
  action: Action;
  userId: string;
  role: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select
        name="role"
        defaultValue={role}
        aria-label={label}
        disabled={pending}
        onChange={() => form.current?.requestSubmit()}
        className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
      >
        <option value="admin">Admin</option>
        <option value="reviewer">Reviewer</option>
        <option value="viewer">Viewer</option>
      </select>
      {pending && <span className="text-xs text-muted">Saving…</span>}
      {state && !state.ok && (
        <span role="alert" className="text-xs text-danger">
          {state.message}
        </span>
      )}
      {state?.ok && !pending && (
        <span role="status" className="text-xs text-ok">
          Saved
        </span>
      )}
    </form>
  );
}
