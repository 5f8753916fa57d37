import { SignInAgain } from "./sign-in-again";

/** Why a workspace sent the user here: sign in again with a code, or set up 2FA first. */
export function AccountNotice({ notice }: { notice: "sign-in-again" | "setup-required" | null }) {
  if (notice === "sign-in-again")
    return (
      <div
        role="alert"
        className="grid gap-2 rounded-md border border-danger px-3 py-2 text-sm text-danger"
        data-testid="mfa-sign-in-again"
      >
        <p>
          A workspace you belong to requires two-factor authentication, and this session was opened with your
          password only. Sign in again with your code to open it.
        </p>
        <div>
          <SignInAgain />
        </div>
      </div>
    );
  if (notice === "setup-required")
    return (
      <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
        A workspace you belong to requires two-factor authentication. Set it up below to open it.
      </p>
    );
  return null;
}
