import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { currentActor } from "@/lib/auth/current";
import { safeRedirectPath } from "@/lib/http/redirect-target";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const callbackUrl = safeRedirectPath(sp.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const notice =
    sp.notice === "setup"
      ? "Your account is ready. Sign in to continue."
      : sp.notice === "reset"
        ? "Password changed. Sign in with the new one."
        : sp.notice === "joined"
          ? "Account created. Sign in to open the workspace."
          : null;
  return (
    <div className="mx-auto max-w-sm py-8">
      <PageHeader className="mb-4" title="Sign in" />
      {notice && (
        <p role="status" className="mb-4 rounded-md border border-ok px-3 py-2 text-sm text-ok">
          {notice}
        </p>
      )}
      <Card>
        <SignInForm
          callbackUrl={callbackUrl}
          initialEmail={typeof sp.email === "string" ? sp.email.slice(0, 320) : undefined}
        />
      </Card>
      <Muted className="mt-4">
        Forgot your password? Ask a workspace admin for a reset link. There is no default account.
      </Muted>
    </div>
  );
}
