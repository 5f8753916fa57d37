import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { InviteForm } from "./invite-form";

export function InviteCard({ action }: { action: FormAction }) {
  return (
    <Card>
      <Heading level={2} className="mb-3">
        Invite someone
      </Heading>
      <InviteForm action={action} />
    </Card>
  );
}

/** Invitations not yet accepted, each revocable; nothing when there are none (or the caller may not see them). */
export function PendingInvitations({
  invitations,
  revoke,
}: {
  invitations: Array<{ id: string; email: string; role: string; expires: string }>;
  revoke: FormAction;
}) {
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="pending">
      <Heading level={2} id="pending" className="mb-2">
        Pending invitations
      </Heading>
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
        {invitations.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
            <span>
              {i.email} · <span className="capitalize">{i.role}</span> · expires {i.expires}
            </span>
            <ActionForm action={revoke} hidden={{ invitationId: i.id }} label="Revoke" variant="danger" />
          </li>
        ))}
      </ul>
    </section>
  );
}
