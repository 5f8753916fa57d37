import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButtons } from "@/components/auth/sso-buttons";
import { Card } from "@/components/ui/card";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { currentActor } from "@/lib/auth/current";
import { signInView } from "@/lib/services/accounts/sign-in-page";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl, notice, initialEmail, providers, ssoError } = signInView(await searchParams);
  if (await currentActor()) redirect(callbackUrl);
  return (
    <div className="mx-auto max-w-sm py-8">
      <PageHeader className="mb-4" title="Sign in" />
      {notice && (
        <p role="status" className="mb-4 rounded-md border border-ok px-3 py-2 text-sm text-ok">
          {notice}
        </p>
      )}
      {ssoError && (
        <p role="alert" className="mb-4 rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {ssoError}
        </p>
      )}
      <Card>
        <SignInForm callbackUrl={callbackUrl} initialEmail={initialEmail} />
        <SsoButtons providers={providers} callbackUrl={callbackUrl} />
      </Card>
      <Muted className="mt-4">
        Forgot your password? Ask a workspace admin for a reset link. There is no default account.
      </Muted>
    </div>
  );
}
