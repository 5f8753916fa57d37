import type { ReactNode } from "react";

/** What a control needs to be tied to its label, hint and error for screen readers. */
export interface ControlWiring {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

/**
 * The label, hint and error around one form control (input, select, textarea), so every field
 * of the app announces the same way: the error replaces the hint and is read with the control.
 */
export function LabelledControl({
  name,
  id: givenId,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  /** Needed only where one page repeats a field name in several forms (ids must be unique). */
  id?: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (wiring: ControlWiring) => ReactNode;
}) {
  const id = givenId ?? `f-${name}`;
  const wiring: ControlWiring = {
    id,
    "aria-invalid": !!error,
    "aria-describedby": error ? `${id}-err` : hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children(wiring)}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
