import { TwoFactorCard, PasswordCard } from "@/components/account/account-cards";
import { AccountNotice } from "@/components/account/account-notice";
import { SessionsCard } from "@/components/account/sessions-card";
import { SsoCard } from "@/components/account/sso-card";
import { PageHeader } from "@/components/ui/page-header";
import { signOutAction } from "@/app/actions";
import { requireActor } from "@/lib/auth/current";
import { accountPage } from "@/lib/services/accounts/account-page";
import { ssoAccountView } from "@/lib/services/sso/account-view";
import {
  changePasswordAction,
  confirmMfaAction,
  disableMfaAction,
  revokeAllTokensAction,
  revokeSessionAction,
  signOutEverywhereAction,
  startMfaAction,
  startSsoLinkAction,
  unlinkSsoAction,
} from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ mfa?: string; sso?: string }>;
}) {
  const actor = await requireActor("/account");
  const [view, sso] = await Promise.all([accountPage(actor, await searchParams), ssoAccountView(actor)]);
  return (
    <div className="grid gap-6">
      <PageHeader className="mb-6" size="lg" title="Your account">
        {view.account.name} · {view.account.email}
      </PageHeader>
      <AccountNotice
        notice={view.notice}
        signOut={signOutAction}
        ssoLinked={!!sso?.providers.some((p) => p.linked)}
      />
      <TwoFactorCard
        mfa={view.mfa}
        disable={disableMfaAction}
        enrol={{ start: startMfaAction, confirm: confirmMfaAction }}
      />
      {sso && <SsoCard view={sso} link={startSsoLinkAction} unlink={unlinkSsoAction} />}
      <PasswordCard changed={view.passwordChanged} action={changePasswordAction} />
      <SessionsCard
        sessions={view.sessions}
        tokens={view.tokens}
        actions={{
          revokeSession: revokeSessionAction,
          signOutEverywhere: signOutEverywhereAction,
          revokeAllTokens: revokeAllTokensAction,
        }}
      />
    </div>
  );
}
