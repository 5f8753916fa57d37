import type { OperationNames } from "./operations";

/** The operations table (operations.ts) for sharing, saved records, the workspace and its audit log. */
export const WORKSPACE_OPERATIONS: OperationNames = {
  "get /api/v1/share-links": { id: "listShareLinks", tag: "Sharing", summary: "List share links" },
  "post /api/v1/share-links": { id: "createShareLink", tag: "Sharing", summary: "Share a comparison" },
  "delete /api/v1/share-links/{id}": {
    id: "revokeShareLink",
    tag: "Sharing",
    summary: "Revoke a share link",
  },
  "get /api/v1/openapi.json": { id: "getOpenApiDocument", tag: "Workspace" },
  "get /api/v1/me": { id: "getMe", tag: "Workspace", summary: "The token's identity" },
  "get /api/v1/workspaces/{workspace}/members": {
    id: "listMembers",
    tag: "Workspace",
    summary: "List members",
  },
  "patch /api/v1/workspaces/{workspace}/members/{id}": {
    id: "changeMemberRole",
    tag: "Workspace",
    summary: "Change a member's role",
  },
  "delete /api/v1/workspaces/{workspace}/members/{id}": {
    id: "removeMember",
    tag: "Workspace",
    summary: "Remove a member",
  },
  "get /api/v1/workspaces/{workspace}/invitations": {
    id: "listInvitations",
    tag: "Workspace",
    summary: "List pending invitations",
  },
  "delete /api/v1/workspaces/{workspace}/invitations/{id}": {
    id: "revokeInvitation",
    tag: "Workspace",
    summary: "Revoke an invitation",
  },
  "post /api/v1/workspaces/{workspace}/invitations": {
    id: "inviteMember",
    tag: "Workspace",
    summary: "Invite a member",
  },
  "get /api/v1/weight-profiles": {
    id: "listWeightProfiles",
    tag: "Comparisons",
    summary: "List weight profiles",
  },
  "post /api/v1/weight-profiles": {
    id: "createWeightProfile",
    tag: "Comparisons",
    summary: "Create a weight profile",
  },
  "get /api/v1/weight-profiles/{id}": {
    id: "getWeightProfile",
    tag: "Comparisons",
    summary: "A weight profile",
  },
  "patch /api/v1/weight-profiles/{id}": {
    id: "updateWeightProfile",
    tag: "Comparisons",
    summary: "Change a weight profile",
  },
  "delete /api/v1/weight-profiles/{id}": {
    id: "deleteWeightProfile",
    tag: "Comparisons",
    summary: "Delete a weight profile",
  },
  "get /api/v1/saved-comparisons": {
    id: "listSavedComparisons",
    tag: "Comparisons",
    summary: "List saved comparisons",
  },
  "post /api/v1/saved-comparisons": {
    id: "saveComparison",
    tag: "Comparisons",
    summary: "Save a comparison",
  },
  "get /api/v1/saved-comparisons/{id}": {
    id: "getSavedComparison",
    tag: "Comparisons",
    summary: "A saved comparison",
  },
  "patch /api/v1/saved-comparisons/{id}": {
    id: "updateSavedComparison",
    tag: "Comparisons",
    summary: "Change a saved comparison",
  },
  "delete /api/v1/saved-comparisons/{id}": {
    id: "deleteSavedComparison",
    tag: "Comparisons",
    summary: "Delete a saved comparison",
  },
  "get /api/v1/audit-events": {
    id: "listAuditEvents",
    tag: "Audit",
    summary: "List or export audit events",
  },
};
