import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { TokenForm } from "@/components/workspace/token-form";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { tokensPage } from "@/lib/services/workspaces/people-pages";
import { createTokenAction, revokeTokenAction } from "./actions";
import { TableScroll } from "@/components/ui/table-scroll";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "API tokens" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "never");

export default async function TokensPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/tokens`);
  const { tokens, canWrite } = await or404(tokensPage(actor, slug));
  const now = new Date();
  return (
    <div className="grid gap-6">
      <PageHeader title="Personal API tokens">
        For scripts calling <code>/api/v1</code> with <code>Authorization: Bearer …</code>. A token acts as
        you, in this workspace only, limited to its scopes and your role. Only a hash is stored.
      </PageHeader>
      <Card>
        <TokenForm action={createTokenAction.bind(null, slug)} canWrite={canWrite} />
      </Card>
      {tokens.length === 0 ? (
        <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
          No tokens yet.
        </Muted>
      ) : (
        <TableScroll label="API tokens">
          <table className="w-full text-sm">
            <caption className="sr-only">Your API tokens</caption>
            <thead className="bg-surface-2 text-left text-muted">
              <tr>
                {["Name", "Token", "Scopes", "Expires", "Last used", "Status", ""].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => {
                const status = t.revokedAt ? "revoked" : t.expiresAt < now ? "expired" : "active";
                return (
                  <tr key={t.id} className="border-t border-border" data-testid="token-row">
                    <td className="px-3 py-2 font-medium">{t.name}</td>
                    <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
                    <td className="px-3 py-2">{t.scopes.join(", ")}</td>
                    <td className="px-3 py-2">{day(t.expiresAt)}</td>
                    <td className="px-3 py-2">{day(t.lastUsedAt)}</td>
                    <td className="px-3 py-2">{status}</td>
                    <td className="px-3 py-2">
                      {status === "active" && (
                        <ActionForm
                          action={revokeTokenAction.bind(null, slug)}
                          hidden={{ tokenId: t.id }}
                          label="Revoke"
                          variant="danger"
                          confirm={`Revoke "${t.name}"? Scripts using it stop working at once.`}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
