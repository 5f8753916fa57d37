"use server";

import { z } from "zod";
import { AllTextFields, field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import {
  issuePasswordReset,
  massCredentialReset,
  setUserDisabled,
  unlockUser,
} from "@/lib/services/admin/security-admin";
import { updateWorkspaceSettings } from "@/lib/services/workspaces/workspaces";
import { addGroupRole, removeGroupRole, setRequireSso } from "@/lib/services/sso/workspace-sso";

const security = { revalidate: ({ slug }: { slug: string }) => [`/w/${slug}/security`] };

export const requireMfaAction = workspaceAction(
  z.object({ requireMfa: field.flag() }),
  updateWorkspaceSettings,
  {
    ...security,
    success: ({ requireMfa }) =>
      requireMfa
        ? "Two-factor authentication is now required."
        : "Two-factor authentication is now optional.",
  },
);
export const unlockAction = workspaceAction(AllTextFields, unlockUser, {
  ...security,
  success: "Account unlocked.",
});
export const disableAction = workspaceAction(
  z.object({ userId: field.text(), disabled: field.flag() }),
  setUserDisabled,
  {
    ...security,
    success: ({ disabled }) => (disabled ? "User disabled; their sessions ended." : "User enabled."),
  },
);
export const resetLinkAction = workspaceAction(AllTextFields, issuePasswordReset, {
  ...security,
  success: "Reset link created (valid 24 h, single use). Hand it over securely.",
});
export const massResetAction = workspaceAction(AllTextFields, massCredentialReset, {
  ...security,
  success: "All other members' passwords, sessions and this workspace's API tokens were revoked.",
  keepValues: true,
});
export const requireSsoAction = workspaceAction(z.object({ requireSso: field.flag() }), setRequireSso, {
  ...security,
  success: ({ requireSso }) =>
    requireSso ? "Single sign-on is now required." : "Passwords are allowed again.",
});
export const addGroupRoleAction = workspaceAction(AllTextFields, addGroupRole, {
  ...security,
  success: "Mapping added. It applies at each member's next SSO sign-in.",
});
export const removeGroupRoleAction = workspaceAction(AllTextFields, removeGroupRole, {
  ...security,
  success: "Mapping removed.",
});
