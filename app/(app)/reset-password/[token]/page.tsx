import { headers } from "next/headers";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { RateLimited } from "@/components/ui/rate-limited";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { requestMeta } from "@/lib/auth/request-meta";
import { AppError } from "@/lib/errors/app-error";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { previewPasswordReset } from "@/lib/services/accounts/account";
import { resetAction } from "./actions";

export const metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const limited = await hitRateLimit("passwordReset", { meta: requestMeta(await headers()) });
  if (!limited.allowed) return <RateLimited seconds={limited.retryAfterSeconds} />;
  const preview = await previewPasswordReset(token).catch((err) =>
    err instanceof AppError ? err : Promise.reject(err),
  );
  if (preview instanceof AppError) {
    return (
      <div className="mx-auto max-w-md py-12 text-center">
        <Heading level={1}>Reset link not valid</Heading>
        <p className="mt-2 text-muted">{preview.message}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title="Choose a new password">
        For {preview.email}. All your sessions will be signed out.
      </PageHeader>
      <Card>
        <ActionForm
          action={resetAction.bind(null, token)}
          label="Set password"
          variant="primary"
          className="grid"
        >
          <div className="basis-full">
            <Field
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint="At least 12 characters; common or breached passwords are refused."
            />
          </div>
        </ActionForm>
      </Card>
    </div>
  );
}
