import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SharedSnapshot } from "@/components/shares/shared-snapshot";
import { RateLimited } from "@/components/ui/rate-limited";
import { requestMeta } from "@/lib/auth/request-meta";
import { sharedViewPage } from "@/lib/services/sharing/shared-view-page";

export const metadata = {
  title: "Shared comparison",
  robots: { index: false, follow: false },
  referrer: "no-referrer" as const,
};
export const dynamic = "force-dynamic";

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
  const vm = await sharedViewPage(token, requestMeta(await headers()), await searchParams);
  if (vm.status === "limited")
    return (
      <main id="main">
        <RateLimited seconds={vm.retryAfterSeconds} />
      </main>
    );
  if (vm.status === "gone") redirect(`/s/${encodeURIComponent(token)}`);
  return <SharedSnapshot token={token} {...vm} />;
}
