import { headers } from "next/headers";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { NoticePage } from "@/components/auth/notice-page";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RateLimited } from "@/components/ui/rate-limited";
import { requestMeta } from "@/lib/auth/request-meta";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { passwordResetPage } from "@/lib/services/accounts/password-reset-page";
import { resetAction } from "./actions";

export const metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const limited = await hitRateLimit("passwordReset", { meta: requestMeta(await headers()) });
  if (!limited.allowed) return <RateLimited seconds={limited.retryAfterSeconds} />;
  const view = await passwordResetPage(token);
  if (!view.valid) return <NoticePage title="Reset link not valid">{view.message}</NoticePage>;
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title="Choose a new password">
        For {view.email}. All your sessions will be signed out.
      </PageHeader>
      <Card>
        <ResetPasswordForm action={resetAction.bind(null, token)} />
      </Card>
    </div>
  );
}
