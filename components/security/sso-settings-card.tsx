import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Cell, DataTable } from "../ui/data-table";
import { Field, SelectField } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

interface View {
  providers: { id: string; name: string }[];
  requireSso: boolean;
  canManage: boolean;
  rules: { id: string; provider: string; group: string; role: string }[];
  tokens: { id: string; name: string; owner: string; scopes: string[]; expires: string; lastUsed: string }[];
}

/**
 * Single sign-on for this workspace: requiring it, and provider groups that grant roles. Only
 * owners change these; admins see them. The API tokens that keep working are listed, since a
 * requirement that quietly leaves other doors open would mislead.
 */
export function SsoSettingsCard({
  view,
  actions,
}: {
  view: View;
  actions: { require: FormAction; addRule: FormAction; removeRule: FormAction };
}) {
  const providerName = (id: string) => view.providers.find((p) => p.id === id)?.name ?? id;
  if (!view.providers.length)
    return (
      <Card>
        <Heading level={2}>Single sign-on</Heading>
        <Muted className="mt-1">
          No identity provider is configured. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (see the
          README).
        </Muted>
      </Card>
    );
  return (
    <Card>
      <Heading level={2}>Single sign-on</Heading>
      <Muted className="mt-1 mb-3">
        {view.requireSso
          ? "Required: members open this workspace only after signing in with an identity provider. Password sessions are refused here."
          : "Optional: members may use their password or an identity provider."}
      </Muted>
      {view.canManage && (
        <ActionForm
          action={actions.require}
          hidden={{ requireSso: String(!view.requireSso) }}
          label={view.requireSso ? "Allow passwords again" : "Require single sign-on"}
          variant={view.requireSso ? "secondary" : "primary"}
        />
      )}
      <Heading level={3} className="mt-5 mb-2">
        Groups that grant a role
      </Heading>
      <Muted className="mb-2">
        At each SSO sign-in, a member of a mapped group joins with the highest role mapped; leaving every
        mapped group removes a membership a group granted. Memberships made by hand are never changed.
      </Muted>
      {view.rules.length ? (
        <DataTable label="Group mappings" headings={["Provider", "Group", "Role", ""]}>
          {view.rules.map((r) => (
            <tr key={r.id} className="border-t border-border">
              <Cell>{providerName(r.provider)}</Cell>
              <Cell className="break-all">{r.group}</Cell>
              <Cell>{r.role}</Cell>
              <Cell>
                {view.canManage && (
                  <ActionForm
                    action={actions.removeRule}
                    hidden={{ id: r.id }}
                    label={`Remove ${r.group}`}
                    variant="danger"
                  />
                )}
              </Cell>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="text-sm">No group mappings.</p>
      )}
      {view.canManage && (
        <ActionForm action={actions.addRule} label="Add mapping" className="mt-3">
          <SelectField label="Provider" name="provider">
            {view.providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <Field label="Group" name="group" required maxLength={255} />
          <SelectField label="Role" name="role" defaultValue="viewer">
            <option value="viewer">viewer</option>
            <option value="reviewer">reviewer</option>
            <option value="admin">admin</option>
          </SelectField>
        </ActionForm>
      )}
      <Heading level={3} className="mt-5 mb-2">
        API tokens (not affected by the requirement)
      </Heading>
      {view.tokens.length ? (
        <DataTable label="Active API tokens" headings={["Token", "Owner", "Scopes", "Expires", "Last used"]}>
          {view.tokens.map((t) => (
            <tr key={t.id} className="border-t border-border">
              <Cell>{t.name}</Cell>
              <Cell>{t.owner}</Cell>
              <Cell>{t.scopes.join(", ")}</Cell>
              <Cell>{t.expires}</Cell>
              <Cell>{t.lastUsed}</Cell>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="text-sm">No active API tokens.</p>
      )}
    </Card>
  );
}
