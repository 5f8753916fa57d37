import { ActionForm, type FormAction } from "../ui/action-form";
import { Muted } from "../ui/muted";
import { TableScroll } from "../ui/table-scroll";

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
    <TableScroll label="API tokens">
      <table className="w-full text-sm">
        <caption className="sr-only">Your API tokens</caption>
        <thead className="bg-surface-2 text-left text-muted">
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-t border-border" data-testid="token-row">
              <td className="px-3 py-2 font-medium">{t.name}</td>
              <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
              <td className="px-3 py-2">{t.scopes}</td>
              <td className="px-3 py-2">{t.expires}</td>
              <td className="px-3 py-2">{t.lastUsed}</td>
              <td className="px-3 py-2">{t.status}</td>
              <td className="px-3 py-2">
                {t.revocable && (
                  <ActionForm
                    action={revoke}
                    hidden={{ tokenId: t.id }}
                    label="Revoke"
                    variant="danger"
                    confirm={`Revoke "${t.name}"? Scripts using it stop working at once.`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
