import type { ComponentProps } from "react";
import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Field } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { MfaEnrolment } from "./mfa-enrolment";
import { PasswordForm } from "./password-form";

/** 2FA: when it is on, since when and how many recovery codes are left, and turning it off; else enrolment. */
export function TwoFactorCard({
  mfa,
  disable,
  enrol,
}: {
  mfa: { since: string; recoveryCodesLeft: number } | null;
  disable: FormAction;
  enrol: ComponentProps<typeof MfaEnrolment>;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Two-factor authentication
      </Heading>
      {mfa ? (
        <div className="grid gap-3">
          <p className="text-sm" data-testid="mfa-status">
            On since {mfa.since} · {mfa.recoveryCodesLeft} recovery codes left.
          </p>
          <ActionForm action={disable} label="Turn off" variant="danger">
            <Field
              label="Password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              hint="Turning it off asks for your password again."
            />
          </ActionForm>
        </div>
      ) : (
        <MfaEnrolment {...enrol} />
      )}
    </Card>
  );
}

export function PasswordCard({
  changed,
  action,
}: {
  changed: string;
  action: ComponentProps<typeof PasswordForm>["action"];
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Password
      </Heading>
      <Muted className="mb-3">Last changed {changed} UTC. Changing it signs out your other sessions.</Muted>
      <PasswordForm action={action} />
    </Card>
  );
}
