import { headers } from "next/headers";
import { InvitationAccess } from "@/components/auth/invitation-access";
import { NoticePage } from "@/components/auth/notice-page";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RateLimited } from "@/components/ui/rate-limited";
import { currentActor } from "@/lib/auth/current";
import { requestMeta } from "@/lib/auth/request-meta";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { invitationPage } from "@/lib/services/workspaces/invitation-page";
import { acceptAction } from "./actions";

export const metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const limited = await hitRateLimit("invitation", { meta: requestMeta(await headers()) });
  if (!limited.allowed) return <RateLimited seconds={limited.retryAfterSeconds} />;
  const view = await invitationPage(await currentActor(), token);
  if (!view.valid) return <NoticePage title="Invitation not valid">{view.message}</NoticePage>;
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title={`Join ${view.workspaceName}`}>
        Invitation for <strong className="text-fg">{view.email}</strong> as{" "}
        <span className="capitalize">{view.role}</span>.
      </PageHeader>
      <Card>
        <InvitationAccess access={view.access} email={view.email} accept={acceptAction.bind(null, token)} />
      </Card>
    </div>
  );
}
