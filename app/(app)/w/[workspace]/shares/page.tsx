import Link from "next/link";
import { ShareLinksTable } from "@/components/shares/share-links-table";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { listShareLinks } from "@/lib/services/sharing/share-links";
import { revokeShareLinkAction } from "./actions";

export const metadata = { title: "Share links" };

export default async function ShareLinksPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/shares`);
  const links = await or404(listShareLinks(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Share links">
        Read-only links to a frozen snapshot of a comparison, for people without an account. Anyone with the
        link can open it until it expires or is revoked; revoking takes effect on the next visit. Only a hash
        of each link is stored, so a link cannot be shown again.
      </PageHeader>
      {links.length === 0 ? (
        <Muted
          as="div"
          className="rounded-lg border border-dashed border-border p-6 text-center"
          data-testid="share-links-empty"
        >
          <p className="font-medium text-fg">No share links yet.</p>
          <p className="mx-auto mt-1 max-w-xl">
            To share one, open{" "}
            <Link className="underline" href={`/w/${slug}/compare`}>
              Compare
            </Link>
            , choose the evaluations, and use <strong>Share a read-only snapshot</strong>: pick how long the
            link lives and whether reviewer names are hidden. You will see the link once.
          </p>
        </Muted>
      ) : (
        <ShareLinksTable links={links} revoke={revokeShareLinkAction.bind(null, slug)} />
      )}
    </div>
  );
}
