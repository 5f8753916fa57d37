"use client";

import type { ComponentProps, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./button";
import { LabelledControl } from "./labelled-control";

const inputClass =
  "h-10 w-full rounded-md border border-border bg-surface px-3 text-base text-fg placeholder:text-muted focus:border-accent focus:outline-none aria-[invalid=true]:border-danger";

/** A labelled input with its error; the error is tied to the input for screen readers. */
export function Field({
  label,
  name,
  error,
  hint,
  ...props
}: ComponentProps<"input"> & { label: string; name: string; error?: string; hint?: ReactNode }) {
  return (
    <LabelledControl name={name} id={props.id} label={label} error={error} hint={hint}>
      {(wiring) => <input name={name} className={inputClass} {...props} {...wiring} />}
    </LabelledControl>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  children,
  ...props
}: ComponentProps<"select"> & { label: string; name: string; error?: string; hint?: ReactNode }) {
  return (
    <LabelledControl name={name} label={label} error={error} hint={hint}>
      {(wiring) => (
        <select name={name} {...wiring} className={inputClass} {...props}>
          {children}
        </select>
      )}
    </LabelledControl>
  );
}

// Same look as an input, but free height.
const textAreaClass =
  "min-h-28 w-full rounded-md border border-border bg-surface px-3 py-2 text-base text-fg placeholder:text-muted focus:border-accent focus:outline-none aria-[invalid=true]:border-danger";

/** A labelled textarea with its hint or error, wired up for screen readers like Field. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  rows = 5,
  ...props
}: ComponentProps<"textarea"> & { label: string; name: string; error?: string; hint?: ReactNode }) {
  return (
    <LabelledControl name={name} label={label} error={error} hint={hint}>
      {(wiring) => <textarea name={name} rows={rows} {...wiring} className={textAreaClass} {...props} />}
    </LabelledControl>
  );
}

/** A submit button that shows the pending state of its form. */
export function SubmitButton({
  children,
  pendingText,
  ...props
}: ComponentProps<typeof Button> & { pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? (pendingText ?? "Working…") : children}
    </Button>
  );
}

export function FormMessage({ state }: { state: { ok: boolean; message?: string } | null | undefined }) {
  if (!state?.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded-md border px-3 py-2 text-sm ${state.ok ? "border-ok text-ok" : "border-danger text-danger"}`}
    >
      {state.message}
    </p>
  );
}
