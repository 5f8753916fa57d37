"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { FormMessage, SubmitButton } from "../ui/form";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/**
 * Who scores a section. Nobody ticked = every member with the reviewer role or above. Those
 * not assigned cannot score it, and so see its scores without waiting (they cannot be anchored).
 */
export function AssignReviewers({
  action,
  sectionKey,
  sectionTitle,
  members,
  assigned,
}: {
  action: Action;
  sectionKey: string;
  sectionTitle: string;
  members: Array<{ id: string; label: string }>;
  assigned: string[];
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 text-sm font-medium">
          {sectionTitle}: reviewers{" "}
          <span className="font-normal text-muted">(none ticked = all reviewers)</span>
        </legend>
        {members.map((m) => (
          <label key={m.id} className="flex items-center gap-1.5 text-sm">
            <input type="checkbox" name="assigneeIds" value={m.id} defaultChecked={assigned.includes(m.id)} />{" "}
            {m.label}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton variant="secondary" pendingText="Saving…">
          Save reviewers for {sectionTitle}
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
