import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Field } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { RevealAction } from "../workspace/reveal-action";

/** The workspace's 2FA rule and the button that flips it. */
export function MfaRequirementCard({
  action,
  description,
  label,
  variant,
  next,
}: {
  action: FormAction;
  description: string;
  label: string;
  variant: "primary" | "secondary";
  next: string;
}) {
  return (
    <Card>
      <Heading level={2}>Two-factor authentication</Heading>
      <Muted className="mt-1 mb-3">{description}</Muted>
      <ActionForm action={action} hidden={{ requireMfa: next }} label={label} variant={variant} />
    </Card>
  );
}

/** Accounts locked after failed sign-ins, each with its unlock button; nothing when there are none. */
export function LockedAccounts({
  action,
  locked,
}: {
  action: FormAction;
  locked: Array<{ id: string; email: string }>;
}) {
  if (locked.length === 0) return null;
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Locked accounts
      </Heading>
      <ul className="grid gap-2">
        {locked.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span>{u.email}</span>
            <ActionForm action={action} hidden={{ userId: u.id }} label="Unlock" />
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Breach response (owners): typing the workspace's slug confirms it. */
export function MassResetCard({ action, slug }: { action: FormAction; slug: string }) {
  return (
    <Card className="border-danger">
      <Heading level={2} className="text-danger">
        Mass credential reset
      </Heading>
      <Muted className="mt-1 mb-3">
        Breach response: every other member&apos;s password stops working and their sessions end; all API
        tokens of this workspace are revoked. You get a one-time reset link per member.
      </Muted>
      <RevealAction
        action={action}
        label="Reset all credentials"
        variant="danger"
        confirm="Reset every other member's credentials now?"
      >
        <Field label={`Type “${slug}” to confirm`} name="confirm" autoComplete="off" required />
      </RevealAction>
    </Card>
  );
}
