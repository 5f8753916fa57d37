"use client";
import { useFormStatus } from "react-dom";

/**
 * The picker's submit button. Choosing a new selection re-renders the page on the server
 * with every score involved; next/form runs that navigation in a transition, so the status
 * shows at once (the segment's loading.tsx only covers arriving from another page).
 */
export function PickerSubmit() {
  const { pending } = useFormStatus();
  return (
    <div className="flex items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg disabled:opacity-60"
      >
        Compare
      </button>
      <span role="status" className="text-sm text-muted">
        {pending ? "Loading the comparison…" : ""}
      </span>
    </div>
  );
}
