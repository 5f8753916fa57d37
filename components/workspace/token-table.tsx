import { ActionForm, type FormAction } from "../ui/action-form";
import { Muted } from "../ui/muted";
import { Cell, DataTable } from "@/components/ui/data-table";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string;
  expires: string;
  lastUsed: string;
  status: string;
  revocable: boolean;
}

const HEADINGS = ["Name", "Token", "Scopes", "Expires", "Last used", "Status", ""];

/** The caller's API tokens in this workspace; an active one can be revoked from its row. */
export function TokenTable({ tokens, revoke }: { tokens: TokenRow[]; revoke: FormAction }) {
  if (tokens.length === 0)
    return (
      <Muted className="rounded-lg border border-dashed border-border p-6 text-center">No tokens yet.</Muted>
    );
  return (
    <DataTable label="API tokens" headings={HEADINGS} caption="Your API tokens">
      {tokens.map((t) => (
        <tr key={t.id} className="border-t border-border" data-testid="token-row">
          <Cell className="font-medium">{t.name}</Cell>
          <Cell className="font-mono text-xs">{t.prefix}…</Cell>
          <Cell>{t.scopes}</Cell>
          <Cell>{t.expires}</Cell>
          <Cell>{t.lastUsed}</Cell>
          <Cell>{t.status}</Cell>
          <Cell>
            {t.revocable && (
              <ActionForm
                action={revoke}
                hidden={{ tokenId: t.id }}
                label="Revoke"
                variant="danger"
                confirm={`Revoke "${t.name}"? Scripts using it stop working at once.`}
              />
            )}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
