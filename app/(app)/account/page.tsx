import { MfaEnrolment } from "@/components/account/mfa-enrolment";
import { MyTokens } from "@/components/account/my-tokens";
import { SignInAgain } from "@/components/account/sign-in-again";
import { PasswordForm } from "@/components/account/password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { requireActor } from "@/lib/auth/current";
import { accountPage } from "@/lib/services/accounts/account-page";
import {
  changePasswordAction,
  confirmMfaAction,
  disableMfaAction,
  revokeAllTokensAction,
  revokeSessionAction,
  signOutEverywhereAction,
  startMfaAction,
} from "./actions";

export const metadata = { title: "Your account" };

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ mfa?: string }> }) {
  const actor = await requireActor("/account");
  const { account, sessions, tokens } = await accountPage(actor);
  const { mfa } = await searchParams;
  return (
    <div className="grid gap-6">
      <PageHeader className="mb-6" size="lg" title="Your account">
        {account.name} · {account.email}
      </PageHeader>
      {mfa === "sign-in-again" && (
        <div
          role="alert"
          className="grid gap-2 rounded-md border border-danger px-3 py-2 text-sm text-danger"
          data-testid="mfa-sign-in-again"
        >
          <p>
            A workspace you belong to requires two-factor authentication, and this session was opened with
            your password only. Sign in again with your code to open it.
          </p>
          <div>
            <SignInAgain />
          </div>
        </div>
      )}
      {mfa === "required" && !account.mfaEnabledAt && (
        <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          A workspace you belong to requires two-factor authentication. Set it up below to open it.
        </p>
      )}
      <Card>
        <Heading level={2} className="mb-2">
          Two-factor authentication
        </Heading>
        {account.mfaEnabledAt ? (
          <div className="grid gap-3">
            <p className="text-sm" data-testid="mfa-status">
              On since {when(account.mfaEnabledAt)} · {account.recoveryCodesLeft} recovery codes left.
            </p>
            <ActionForm action={disableMfaAction} label="Turn off" variant="danger">
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
          <MfaEnrolment start={startMfaAction} confirm={confirmMfaAction} />
        )}
      </Card>
      <Card>
        <Heading level={2} className="mb-2">
          Password
        </Heading>
        <Muted className="mb-3">
          Last changed {when(account.passwordChangedAt)} UTC. Changing it signs out your other sessions.
        </Muted>
        <PasswordForm action={changePasswordAction} />
      </Card>
      <Card>
        <Heading level={2} className="mb-2">
          Sessions
        </Heading>
        <ul className="mb-3 divide-y divide-border">
          {sessions.map((s) => (
            <li
              key={s.id}
              className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm"
              data-testid="session-row"
            >
              <span>
                <span className="font-medium">{s.userAgent?.slice(0, 60) ?? "Unknown browser"}</span> ·{" "}
                {s.ip ?? "unknown IP"} · last seen {when(s.lastSeenAt)}
                {s.current && <strong className="ml-1">(this browser)</strong>}
              </span>
              {!s.current && (
                <ActionForm
                  action={revokeSessionAction}
                  hidden={{ sessionId: s.id }}
                  label="Sign out"
                  variant="danger"
                />
              )}
            </li>
          ))}
        </ul>
        <SignOutEverywhere action={signOutEverywhereAction} />
        <MyTokens tokens={tokens} revokeAll={revokeAllTokensAction} />
      </Card>
    </div>
  );
}
