import { createMember, sessionActor, uniqueEmail } from "../../testing/fixtures";
import { inviteMember } from "./invitations";

/** Test fixture of the invitation suites: the token of an invite path, and a new account's fields. */
export const tokenOf = (path: string) => path.replace(/^\/invite\//, "");
export const newAccount = { name: "New Person", password: "invited-Meadow-kettle-64" };

/** A new workspace whose owner has invited a new email with `role`. */
export async function ownerWithInvite(role: "admin" | "reviewer" | "viewer" = "reviewer") {
  const owner = await createMember({ role: "owner" });
  const actor = await sessionActor(owner.userId);
  const email = uniqueEmail("invitee");
  const inv = await inviteMember(actor, owner.slug, { email, role });
  return { owner, actor, email, inv, token: tokenOf(inv.path) };
}
