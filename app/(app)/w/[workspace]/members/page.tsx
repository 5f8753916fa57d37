import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { InviteCard, PendingInvitations } from "@/components/workspace/invitations";
import { MembersTable } from "@/components/workspace/members-table";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { membersPage } from "@/lib/services/workspaces/people-pages";
import {
  changeRoleAction,
  inviteAction,
  removeMemberAction,
  revokeInvitationAction,
  transferOwnershipAction,
} from "./actions";

export const metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/members`);
  const { workspace: ws, can: may, members, invitations } = await or404(membersPage(actor, slug));
  const remove = removeMemberAction.bind(null, slug);
  return (
    <div className="grid gap-6">
      <PageHeader title="Members" />
      {may.invite && <InviteCard action={inviteAction.bind(null, slug)} />}
      <MembersTable
        workspaceName={ws.name}
        members={members}
        manage={may.manage}
        actions={{
          changeRole: changeRoleAction.bind(null, slug),
          remove,
          transferOwnership: transferOwnershipAction.bind(null, slug),
        }}
      />
      <ActionForm
        action={remove}
        hidden={{ userId: ws.me }}
        label="Leave this workspace"
        variant="danger"
        confirm={`Leave ${ws.name}?`}
      />
      <PendingInvitations invitations={invitations} revoke={revokeInvitationAction.bind(null, slug)} />
    </div>
  );
}
