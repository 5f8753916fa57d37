"use server";

import { AllTextFields } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { inviteMember, revokeInvitation } from "@/lib/services/workspaces/invitations";
import { changeRole, removeMember, transferOwnership } from "@/lib/services/workspaces/members";

const members = { revalidate: ({ slug }: { slug: string }) => [`/w/${slug}/members`], keepValues: true };

export const inviteAction = workspaceAction(AllTextFields, inviteMember, {
  ...members,
  success: "Invitation created. Copy the link now: it is shown only once.",
});
export const revokeInvitationAction = workspaceAction(AllTextFields, revokeInvitation, {
  ...members,
  success: "Invitation revoked.",
});
export const changeRoleAction = workspaceAction(AllTextFields, changeRole, {
  ...members,
  success: "Role changed.",
});
export const removeMemberAction = workspaceAction(AllTextFields, removeMember, {
  ...members,
  success: "Member removed.",
});
export const transferOwnershipAction = workspaceAction(AllTextFields, transferOwnership, {
  ...members,
  success: "Ownership transferred.",
});
