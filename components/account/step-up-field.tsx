"use client";

import { Field } from "../ui/form";

/**
 * The password re-entered for a sensitive change (step-up, lib/services/accounts/step-up.ts). A plain
 * labelled password field, so it is reached and filled by keyboard like any other.
 */
export function StepUpField({
  error,
  required = true,
  id,
}: {
  error?: string;
  required?: boolean;
  id?: string;
}) {
  return (
    <Field
      id={id}
      label="Your password"
      name="password"
      type="password"
      autoComplete="current-password"
      required={required}
      error={error}
      hint="Sensitive changes ask for your password again."
    />
  );
}
