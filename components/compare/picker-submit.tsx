"use client";
import { useFormStatus } from "react-dom";
import { Button } from "../ui/button";
import { Muted } from "../ui/muted";

/**
 * The picker's submit button. Choosing a new selection re-renders the page on the server
 * with every score involved; next/form runs that navigation in a transition, so the status
 * shows at once (the segment's loading.tsx only covers arriving from another page).
 */
export function PickerSubmit() {
  const { pending } = useFormStatus();
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" disabled={pending}>
        Compare
      </Button>
      <Muted as="span" role="status">
        {pending ? "Loading the comparison…" : ""}
      </Muted>
    </div>
  );
}
