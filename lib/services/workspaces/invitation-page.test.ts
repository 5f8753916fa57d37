import { describe, expect, it } from "vitest";
import { invitationAccess } from "./invitation-page";

const invitation = { email: "new@example.test", hasAccount: false };

describe("invitationAccess", () => {
  it("asks someone signed in as another account to switch, whether or not the invitee has one", () => {
    for (const hasAccount of [false, true])
      expect(invitationAccess({ ...invitation, hasAccount }, { email: "other@example.test" }, "tok")).toEqual(
        {
          kind: "wrong-account",
          signedInAs: "other@example.test",
        },
      );
  });

  it("sends an invitee with an account to sign in, back to this link, with the email filled in", () => {
    expect(invitationAccess({ email: "a+b@example.test", hasAccount: true }, null, "tok_1")).toEqual({
      kind: "sign-in",
      href: "/sign-in?email=a%2Bb%40example.test&callbackUrl=%2Finvite%2Ftok_1",
    });
  });

  it("lets the invitee accept: signed in as them, or new (creating the account)", () => {
    expect(invitationAccess(invitation, null, "tok")).toEqual({ kind: "accept", newAccount: true });
    expect(invitationAccess({ ...invitation, hasAccount: true }, { email: invitation.email }, "tok")).toEqual(
      {
        kind: "accept",
        newAccount: false,
      },
    );
  });
});
