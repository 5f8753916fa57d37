import * as R from "../../schemas/api-responses";
import { inviteSchema, roleSchema } from "../../schemas/account";
import { z } from "zod";
import { error, errors, id, json, pageParameters } from "./components";

/** Members and invitations of the workspace named in the path (the token's own). */
export const memberPaths = () => ({
  "/api/v1/workspaces/{workspace}/members": {
    get: {
      summary:
        "List the workspace's members with role, MFA and disabled state, newest first, a page at a time",
      parameters: [id("workspace"), ...pageParameters()],
      responses: { 200: { description: "Members", content: json(R.memberListResponse) }, ...errors },
    },
  },
  "/api/v1/workspaces/{workspace}/members/{id}": {
    patch: {
      summary: "Change a member's role (owner/admin, up to their own; owners change by transfer)",
      parameters: [id("workspace"), id("id")],
      requestBody: { required: true, content: json(z.object({ role: roleSchema }), "input") },
      responses: {
        200: { description: "Changed", content: json(R.memberRoleResponse) },
        409: error("The member is an owner: ownership moves by transfer"),
        ...errors,
      },
    },
    delete: {
      summary: "Remove a member (owner/admin), or leave (the token's own user); their tokens are revoked",
      parameters: [id("workspace"), id("id")],
      responses: { 204: { description: "Removed" }, 409: error("The last owner cannot leave"), ...errors },
    },
  },
  "/api/v1/workspaces/{workspace}/invitations": {
    get: {
      summary: "Pending invitations (owner/admin), newest first, a page at a time",
      parameters: [id("workspace"), ...pageParameters()],
      responses: {
        200: { description: "Invitations", content: json(R.invitationListResponse) },
        ...errors,
      },
    },
    post: {
      summary:
        "Invite someone by email (owner/admin, write scope); the link is shown once, so no Idempotency-Key (only its hash is stored)",
      parameters: [id("workspace")],
      requestBody: { required: true, content: json(inviteSchema, "input") },
      responses: {
        201: { description: "Invited", content: json(R.invitationCreatedResponse) },
        409: error("Already a member (`issues` name `email`)"),
        ...errors,
      },
    },
  },
  "/api/v1/workspaces/{workspace}/invitations/{id}": {
    delete: {
      summary: "Revoke a pending invitation (owner/admin); its link stops working at once",
      parameters: [id("workspace"), id("id")],
      responses: { 204: { description: "Revoked" }, ...errors },
    },
  },
});
