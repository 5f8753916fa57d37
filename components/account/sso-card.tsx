"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect } from "react";
import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { FormMessage, SubmitButton } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { StepUpField } from "./step-up-field";

interface Provider {
  id: string;
  name: string;
  linked: { id: string; email: string | null; since: string | null; lastUsed: string | null } | null;
}

/** Linked identity providers, with linking (password first, then the provider) and unlinking. */
export function SsoCard({
  view,
  link,
  unlink,
}: {
  view: { canLink: boolean; providers: Provider[] };
  link: FormAction;
  unlink: FormAction;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Single sign-on
      </Heading>
      <Muted className="mb-3">
        A linked provider lets you sign in with it instead of your password. Nobody can link one to your
        account but you.
      </Muted>
      <ul className="grid gap-4">
        {view.providers.map((p) => (
          <li key={p.id} className="grid gap-2" data-testid={`sso-${p.id}`}>
            <p className="text-sm font-medium">{p.name}</p>
            {p.linked ? (
              <>
                <p className="text-sm">
                  Linked{p.linked.email ? ` as ${p.linked.email}` : ""} since {p.linked.since}
                  {p.linked.lastUsed ? ` · last used ${p.linked.lastUsed}` : ""}.
                </p>
                <ActionForm
                  action={unlink}
                  hidden={{ identityId: p.linked.id }}
                  label={`Unlink ${p.name}`}
                  variant="danger"
                >
                  <StepUpField required={false} id={`unlink-${p.id}-password`} />
                </ActionForm>
              </>
            ) : view.canLink ? (
              <LinkForm provider={p} action={link} />
            ) : (
              <Muted>Sign in with your password (and code) to link {p.name}.</Muted>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** After the password check passes, the browser goes to the provider to prove the identity. */
function LinkForm({ provider, action }: { provider: Provider; action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) void signIn(provider.id, { callbackUrl: "/account/sso" });
  }, [state, provider.id]);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="provider" value={provider.id} />
      <StepUpField error={state?.fieldErrors?.password} id={`link-${provider.id}-password`} />
      <SubmitButton variant="secondary" pendingText="Checking…">
        {`Link ${provider.name}`}
      </SubmitButton>
      <div className="basis-full">
        {state?.ok ? (
          <p role="status" className="text-sm">
            Opening {provider.name}…
          </p>
        ) : (
          <FormMessage state={state} />
        )}
      </div>
    </form>
  );
}
