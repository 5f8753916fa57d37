import { LockedAccounts, MassResetCard, MfaRequirementCard } from "@/components/security/security-cards";
import { SecurityMembers } from "@/components/security/security-members";
import { SecurityStats } from "@/components/security/security-stats";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { securityPage } from "@/lib/services/workspaces/people-pages";
import { disableAction, massResetAction, requireMfaAction, resetLinkAction, unlockAction } from "./actions";

export const metadata = { title: "Security" };

export default async function SecurityPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/security`);
  const view = await or404(securityPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Security" />
      <SecurityStats figures={view.figures} />
      <MfaRequirementCard action={requireMfaAction.bind(null, slug)} {...view.mfaRequirement} />
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
