import { LockedAccounts, MassResetCard, MfaRequirementCard } from "@/components/security/security-cards";
import { SecurityMembers } from "@/components/security/security-members";
import { SecurityStats } from "@/components/security/security-stats";
import { SsoSettingsCard } from "@/components/security/sso-settings-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { securityPage } from "@/lib/services/workspaces/people-pages";
import { workspaceSsoView } from "@/lib/services/sso/workspace-sso";
import {
  addGroupRoleAction,
  disableAction,
  massResetAction,
  removeGroupRoleAction,
  requireMfaAction,
  requireSsoAction,
  resetLinkAction,
  unlockAction,
} from "./actions";

export const metadata = { title: "Security" };

export default async function SecurityPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/security`);
  const [view, sso] = await Promise.all([
    or404(securityPage(actor, slug)),
    or404(workspaceSsoView(actor, slug)),
  ]);
  return (
    <div className="grid gap-6">
      <PageHeader title="Security" />
      <SecurityStats figures={view.figures} />
      <MfaRequirementCard action={requireMfaAction.bind(null, slug)} {...view.mfaRequirement} />
      <SsoSettingsCard
        view={sso}
        actions={{
          require: requireSsoAction.bind(null, slug),
          addRule: addGroupRoleAction.bind(null, slug),
          removeRule: removeGroupRoleAction.bind(null, slug),
        }}
      />
      <LockedAccounts action={unlockAction.bind(null, slug)} locked={view.overview.locked} />
      <SecurityMembers
        members={view.members}
        disable={disableAction.bind(null, slug)}
        resetLink={resetLinkAction.bind(null, slug)}
      />
      {view.can.massReset && <MassResetCard action={massResetAction.bind(null, slug)} slug={slug} />}
    </div>
  );
}
