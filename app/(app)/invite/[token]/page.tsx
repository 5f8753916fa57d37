import { headers } from "next/headers";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { RateLimited } from "@/components/ui/rate-limited";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { currentActor } from "@/lib/auth/current";
import { requestMeta } from "@/lib/auth/request-meta";
import { AppError } from "@/lib/errors/app-error";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { previewInvitation } from "@/lib/services/workspaces/invitations";
import { acceptAction } from "./actions";

export const metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const limited = await hitRateLimit("invitation", { meta: requestMeta(await headers()) });
  if (!limited.allowed) return <RateLimited seconds={limited.retryAfterSeconds} />;
  const invitation = await previewInvitation(token).catch((err) =>
    err instanceof AppError ? err : Promise.reject(err),
  );
  if (invitation instanceof AppError) {
    return (
      <div className="mx-auto max-w-md py-12 text-center">
        <Heading level={1}>Invitation not valid</Heading>
        <p className="mt-2 text-muted">
          {invitation.code === "gone" ? invitation.message : "This link is malformed. Copy it again."}
        </p>
      </div>
    );
  }
  const actor = await currentActor();
  const back = `/invite/${token}`;
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title={`Join ${invitation.workspace.name}`}>
        Invitation for <strong className="text-fg">{invitation.email}</strong> as{" "}
        <span className="capitalize">{invitation.role}</span>.
      </PageHeader>
      <Card>
        {actor && actor.email !== invitation.email ? (
          <p role="alert" className="text-sm text-danger">
            You are signed in as {actor.email}. Sign out, then open this link again as {invitation.email}.
          </p>
        ) : !actor && invitation.hasAccount ? (
          <p className="text-sm">
            You already have an account.{" "}
            <Link
              className="underline"
              href={`/sign-in?email=${encodeURIComponent(invitation.email)}&callbackUrl=${encodeURIComponent(back)}`}
            >
              Sign in
            </Link>{" "}
            to accept.
          </p>
        ) : (
          <AcceptInvitationForm action={acceptAction.bind(null, token)} newAccount={!actor} />
        )}
      </Card>
    </div>
  );
}
