"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/http/action";
import { CopyField } from "../ui/copy-field";
import { FormMessage, SubmitButton } from "../ui/form";
import { Muted } from "../ui/muted";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;
type Link = { email: string; url?: string; skipped?: string };

/** An action whose result is one or more one-time links, shown once with copy buttons. */
export function RevealAction({
  action,
  hidden = {},
  label,
  confirm,
  variant = "secondary",
  children,
}: {
  action: Action;
  hidden?: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  const links: Link[] = state?.ok ? ([] as Link[]).concat(state.data as Link | Link[]) : [];
  return (
    <form
      action={formAction}
      className="grid gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <div>
        <SubmitButton variant={variant}>{label}</SubmitButton>
      </div>
      <FormMessage state={state} />
      {links.map((l) =>
        l.url ? (
          <CopyField key={l.email} label={`Reset link for ${l.email}`} value={l.url} />
        ) : (
          <Muted key={l.email}>
            {l.email}: not reset. {l.skipped}
          </Muted>
        ),
      )}
    </form>
  );
}
