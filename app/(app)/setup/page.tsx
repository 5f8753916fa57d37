import { headers } from "next/headers";
import Link from "next/link";
import { SetupForm } from "@/components/auth/setup-form";
import { Card } from "@/components/ui/card";
import { RateLimited } from "@/components/ui/rate-limited";
import { Heading } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { requestMeta } from "@/lib/auth/request-meta";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { isSetUp } from "@/lib/services/accounts/setup";
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
  if (await isSetUp()) {
    return (
      <div className="mx-auto max-w-md py-12 text-center">
        <Heading level={1}>Setup is complete</Heading>
        <p className="mt-2 text-muted">
          This installation already has an owner.{" "}
          <Link className="underline" href="/sign-in">
            Sign in
          </Link>{" "}
          instead.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md py-8">
      <PageHeader className="mb-4" title="Create the first owner">
        There are no default accounts. This one-time link was printed in the server log when it started.
      </PageHeader>
      {typeof token === "string" && token ? (
        <Card>
          <SetupForm token={token} action={setupAction} />
        </Card>
      ) : (
        <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          This page needs the setup link from the server log (…/setup?token=…).
        </p>
      )}
    </div>
  );
}
