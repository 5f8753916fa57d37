import { describe, expect, it } from "vitest";
import { createMember, META, sessionActor, uniqueEmail } from "../../testing/fixtures";
import { invitationPage } from "./invitation-page";
import { acceptInvitation, inviteMember } from "./invitations";

async function invite() {
  const owner = await createMember({ role: "owner" });
  const email = uniqueEmail("invitee");
  const inv = await inviteMember(await sessionActor(owner.userId), owner.slug, { email, role: "viewer" });
  return { owner, email, token: inv.path.replace(/^\/invite\//, "") };
}

describe("invitationPage", () => {
  it("shows whose invitation it is and lets a newcomer accept with a new account", async () => {
    const { owner, email, token } = await invite();
    expect(await invitationPage(null, token)).toEqual({
      valid: true,
      workspaceName: owner.slug,
      email,
      role: "viewer",
      access: { kind: "accept", newAccount: true },
    });
    const other = await sessionActor((await createMember()).userId);
    expect(await invitationPage(other, token)).toMatchObject({
      access: { kind: "wrong-account", signedInAs: other.email },
    });
  });

  it("explains a used link, and calls a mangled one malformed", async () => {
    const { token } = await invite();
    await acceptInvitation(null, token, { name: "New Person", password: "invited-Meadow-kettle-64" }, META);
    expect(await invitationPage(null, token)).toEqual({
      valid: false,
      message: "This invitation is not valid any more. Ask for a new one.",
    });
    expect(await invitationPage(null, "short")).toEqual({
      valid: false,
      message: "This link is malformed. Copy it again.",
    });
  });
});
