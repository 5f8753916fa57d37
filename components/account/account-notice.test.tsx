import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AccountNotice } from "./account-notice";

const signOut = async () => ({ logoutUrl: null });
const render = (notice: Parameters<typeof AccountNotice>[0]["notice"], ssoLinked?: boolean) =>
  renderToStaticMarkup(<AccountNotice notice={notice} signOut={signOut} ssoLinked={ssoLinked} />);

describe("AccountNotice", () => {
  it("offers to sign out towards single sign-on only when an identity is linked", () => {
    const linked = render("sso-required", true);
    expect(linked).toContain("Sign out and sign in with single sign-on");
    const unlinked = render("sso-required", false);
    expect(unlinked).toContain("no identity provider is linked to your account yet");
    expect(unlinked).not.toContain("<button");
  });

  it("sends a single sign-on session back to its provider for the second factor", () => {
    const html = render("provider-sign-in-again");
    expect(html).toContain("your identity provider did not report a second factor");
    expect(html).toContain("Sign out and sign in again");
    expect(render("sign-in-again")).toContain("Sign out and sign in with your code");
  });

  it("says nothing without a reason", () => {
    expect(render(null)).toBe("");
  });
});
