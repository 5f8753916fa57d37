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
