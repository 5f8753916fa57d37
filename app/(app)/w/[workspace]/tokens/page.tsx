import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TokenForm } from "@/components/workspace/token-form";
import { TokenTable } from "@/components/workspace/token-table";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { tokensPage } from "@/lib/services/workspaces/people-pages";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata = { title: "API tokens" };

export default async function TokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/tokens`);
  const { tokens, canWrite } = await or404(tokensPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Personal API tokens">
        For scripts calling <code>/api/v1</code> with <code>Authorization: Bearer …</code>. A token acts as
        you, in this workspace only, limited to its scopes and your role. Only a hash is stored.
      </PageHeader>
      <Card>
        <TokenForm action={createTokenAction.bind(null, slug)} canWrite={canWrite} />
      </Card>
      <TokenTable tokens={tokens} revoke={revokeTokenAction.bind(null, slug)} />
    </div>
  );
}
