import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { RevealAction } from "../workspace/reveal-action";

interface Member {
  id: string;
  email: string;
  status: string;
  controls: boolean;
  toggle: { disabled: string; label: string; variant: "secondary" | "danger"; confirm?: string };
}

/** The members the caller may act on: disable or enable them, or issue a password reset link. */
export function SecurityMembers({
  members,
  disable,
  resetLink,
}: {
  members: Member[];
  disable: FormAction;
  resetLink: FormAction;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Members
      </Heading>
      {members.length === 0 ? (
        <Muted>No other members you can manage.</Muted>
      ) : (
        <ul className="divide-y divide-border">
          {members.map((m) => (
            <li
              key={m.id}
              className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-start"
              data-testid="security-member"
            >
              <div className="text-sm">
                <div className="font-medium">{m.email}</div>
                <div className="text-muted capitalize">{m.status}</div>
              </div>
              {m.controls && (
                <div className="flex flex-wrap gap-2">
                  <ActionForm
                    action={disable}
                    hidden={{ userId: m.id, disabled: m.toggle.disabled }}
                    label={m.toggle.label}
                    variant={m.toggle.variant}
                    confirm={m.toggle.confirm}
                  />
                  <RevealAction action={resetLink} hidden={{ userId: m.id }} label="Password reset link" />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
