import Link from "next/link";
import type { InvitationAccess as Access } from "@/lib/services/workspaces/invitation-page";
import type { FormAction } from "../ui/action-form";
import { AcceptInvitationForm } from "./accept-invitation-form";

/** The invitation card's body: switch accounts, sign in first, or the accept form. */
export function InvitationAccess({
  access,
  email,
  accept,
}: {
  access: Access;
  email: string;
  accept: FormAction;
}) {
  if (access.kind === "wrong-account")
    return (
      <p role="alert" className="text-sm text-danger">
        You are signed in as {access.signedInAs}. Sign out, then open this link again as {email}.
      </p>
    );
  if (access.kind === "sign-in")
    return (
      <p className="text-sm">
        You already have an account.{" "}
        <Link className="underline" href={access.href}>
          Sign in
        </Link>{" "}
        to accept.
      </p>
    );
  return <AcceptInvitationForm action={accept} newAccount={access.newAccount} />;
}
