"use client";

import { useSearchParams } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { CopyField } from "../ui/copy-field";
import { Field, FormMessage, SubmitButton } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

/**
 * Save this view, or share a frozen snapshot of it with outsiders. Both read the address at
 * submit time, because the view changes in the browser without a navigation. `crosswalk`: the
 * regulation whose tab is shown (a server navigation picks it), frozen into the snapshot too.
 */
export function CompareActions({
  save,
  share,
  evaluations,
  crosswalk,
}: {
  save: Action;
  share: Action;
  evaluations: string[];
  crosswalk?: string;
}) {
  const params = useSearchParams();
  const [saved, saveAction] = useActionState(save, null);
  const [shared, shareAction] = useActionState(share, null);
  const link = (shared?.data as { url?: string } | undefined)?.url;
  const sv = saved?.ok ? {} : (saved?.values ?? {});
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={saveAction} className="grid gap-2 rounded-lg border border-border bg-surface p-3">
        <Heading level={2}>Save this comparison</Heading>
        <input type="hidden" name="query" value={params.toString()} />
        <Field
          label="Name"
          name="name"
          required
          maxLength={120}
          defaultValue={String(sv.name ?? "")}
          error={saved?.fieldErrors?.name}
          key={`s-${saved?.ok}`}
        />
        <Field
          label="Description (optional)"
          name="description"
          maxLength={2000}
          defaultValue={String(sv.description ?? "")}
        />
        {saved?.fieldErrors?.query && (
          <p role="alert" className="text-sm text-danger">
            {saved.fieldErrors.query}
          </p>
        )}
        <FormMessage state={saved} />
        <div>
          <SubmitButton variant="secondary" pendingText="Saving…">
            Save comparison
          </SubmitButton>
        </div>
      </form>
      <form action={shareAction} className="grid gap-2 rounded-lg border border-border bg-surface p-3">
        <Heading level={2}>Share a read-only snapshot</Heading>
        <Muted>
          Anyone with the link sees this comparison as it is now (later edits do not change it), until it
          expires or you revoke it.{crosswalk && " The regulation shown here is included."}
        </Muted>
        <input type="hidden" name="evaluations" value={evaluations.join(",")} />
        <input type="hidden" name="profile" value={params.get("p") ?? ""} />
        <input type="hidden" name="crosswalk" value={crosswalk ?? ""} />
        <Field
          label="Expires after (days)"
          name="expiresInDays"
          type="number"
          min={1}
          max={365}
          defaultValue="30"
          error={shared?.fieldErrors?.expiresInDays}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hideReviewers" /> Hide reviewer names
        </label>
        {link ? <CopyField label="Share link" value={link} /> : <FormMessage state={shared} />}
        <div>
          <SubmitButton variant="secondary" pendingText="Creating…">
            Create share link
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
