import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Muted } from "../ui/muted";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  workspace: { slug: string; name: string };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Next to "sign out everywhere": API tokens are not sessions and survive it unless revoked here. */
export function MyTokens({ tokens, revokeAll }: { tokens: TokenRow[]; revokeAll: FormAction }) {
  return (
    <section aria-labelledby="my-tokens" className="mt-4 grid gap-2 border-t border-border pt-4">
      <h3 id="my-tokens" className="font-medium">
        API tokens
      </h3>
      {tokens.length === 0 ? (
        <Muted data-testid="my-tokens-empty">You have no active API tokens.</Muted>
      ) : (
        <>
          <Muted>
            Signing out does not stop these: scripts using them keep working until they expire or are revoked.
          </Muted>
          <ul className="divide-y divide-border">
            {tokens.map((t) => (
              <li key={t.id} className="py-1.5 text-sm" data-testid="my-token-row">
                <span className="font-medium">{t.name}</span> · <code className="font-mono">{t.prefix}…</code>{" "}
                · {t.workspace.name} · {t.scopes.join(", ")} · expires {day(t.expiresAt)}
                {t.lastUsedAt ? ` · last used ${day(t.lastUsedAt)}` : " · never used"}
              </li>
            ))}
          </ul>
          <ActionForm
            action={revokeAll}
            label="Revoke all API tokens"
            variant="danger"
            confirm="Revoke every API token you have, in every workspace? Scripts using them stop working at once."
          />
        </>
      )}
    </section>
  );
}
