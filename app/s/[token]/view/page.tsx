import { ShieldCheck } from "lucide-react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { SharePdfButton } from "@/components/report/url-pdf-buttons";
import { RateLimited } from "@/components/ui/rate-limited";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requestMeta } from "@/lib/auth/request-meta";
import { sensitivityForView } from "@/lib/compare/sensitivity-for-view";
import { parseViewState } from "@/lib/compare/view-state";
import { hitRateLimit } from "@/lib/rate-limit/limiter";
import { openShareLink } from "@/lib/services/sharing/share-links";

export const metadata = {
  title: "Shared comparison",
  robots: { index: false, follow: false },
  referrer: "no-referrer" as const,
};
export const dynamic = "force-dynamic";

const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/**
 * What an outsider with the link sees: the snapshot taken when the link was made, read-only,
 * without the app's navigation. The link is checked (and the view counted and audited) on
 * every request, so a revoked or expired link ends at once — at /s/[token], which answers 410.
 */
export default async function SharedView({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const meta = requestMeta(await headers());
  const limited = await hitRateLimit("shareView", { meta });
  if (!limited.allowed)
    return (
      <main id="main">
        <RateLimited seconds={limited.retryAfterSeconds} />
      </main>
    );
  const shared = await openShareLink(token, meta);
  if (!shared) redirect(`/s/${encodeURIComponent(token)}`);
  return (
    <div className="min-h-screen">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
          <ShieldCheck aria-hidden className="h-5 w-5 text-accent" />
          <span className="font-semibold">IoT Framework Security Scorecard</span>
          <span className="rounded bg-surface-2 px-2 py-0.5 text-xs text-muted">
            read-only shared snapshot
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto grid max-w-6xl gap-4 px-4 py-6">
        <div>
          <PageHeader title={shared.title} />
          <Muted className="mt-1">
            {shared.catalogue.title} {shared.catalogue.version} · snapshot taken {day(shared.createdAt)} ·
            link expires {day(shared.expiresAt)}. Scores are the consensus of several reviewers (0 absent …{" "}
            {shared.catalogue.max} secure by default).
          </Muted>
          <div className="mt-3">
            <Suspense>
              <SharePdfButton token={token} />
            </Suspense>
          </div>
        </div>
        <Suspense>
          <CompareView
            data={shared}
            sensitivity={sensitivityForView(shared, parseViewState(await searchParams).profile)}
          />
        </Suspense>
      </main>
    </div>
  );
}
