"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/http/action";
import { FormMessage, SubmitButton } from "./form";

export type FormAction = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/**
 * A small form around one server action: hidden inputs, optional fields, a submit button with
 * its pending state, an optional confirmation, and the action's message.
 */
export function ActionForm({
  action,
  hidden = {},
  label,
  pendingText,
  confirm,
  variant = "secondary",
  children,
  className = "",
  showMessage = true,
}: {
  action: FormAction;
  hidden?: Record<string, string>;
  label: string;
  pendingText?: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  children?: ReactNode;
  className?: string;
  showMessage?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={`flex flex-wrap items-end gap-2 ${className}`}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
      {showMessage && (
        <div className="grid basis-full gap-1 empty:hidden">
          {/* Fields here are few and unlabelled by the generic message: show their errors instead. */}
          {!Object.keys(state?.fieldErrors ?? {}).length && <FormMessage state={state} />}
          {Object.entries(state?.fieldErrors ?? {}).map(([field, message]) => (
            <p key={field} role="alert" className="text-sm text-danger">
              {message}
            </p>
          ))}
        </div>
      )}
    </form>
  );
}
