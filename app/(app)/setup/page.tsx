import { headers } from "next/headers";
import Link from "next/link";
import { NoticePage } from "@/components/auth/notice-page";
import { SetupForm } from "@/components/auth/setup-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { RateLimited } from "@/components/ui/rate-limited";
import { requestMeta } from "@/lib/auth/request-meta";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { setupPage } from "@/lib/services/accounts/setup-page";
import { setupAction } from "./actions";

export const metadata = { title: "First-run setup", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const limited = await hitRateLimit("setup", { meta: requestMeta(await headers()) });
  if (!limited.allowed) return <RateLimited seconds={limited.retryAfterSeconds} />;
  const view = await setupPage(token);
  if (view.done)
    return (
      <NoticePage title="Setup is complete">
        This installation already has an owner.{" "}
        <Link className="underline" href="/sign-in">
          Sign in
        </Link>{" "}
        instead.
      </NoticePage>
    );
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title="Create the first owner">
        There are no default accounts. This one-time link was printed in the server log when it started.
      </PageHeader>
      {view.token ? (
        <Card>
          <SetupForm token={view.token} action={setupAction} />
        </Card>
      ) : (
        <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          This page needs the setup link from the server log (…/setup?token=…).
        </p>
      )}
    </div>
  );
}
