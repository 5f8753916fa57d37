import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { pendingSsoLink } from "@/lib/services/sso/linking";
import { cancelSsoLinkAction, confirmSsoLinkAction } from "../actions";

export const metadata = { title: "Link single sign-on" };

/**
 * Step three of linking: the provider has answered; the person sees which identity it
 * returned and links it only by saying yes here.
 */
export default async function ConfirmSsoLinkPage() {
  const actor = await requireActor("/account/sso");
  const pending = await pendingSsoLink(actor);
  return (
    <div className="mx-auto max-w-lg py-8">
      <PageHeader className="mb-4" title="Link single sign-on" />
      <Card>
        {pending ? (
          <div className="grid gap-4">
            <p>
              {pending.providerName} signed you in as{" "}
              <strong>{pending.idpEmail ?? "(no email given)"}</strong>. Link this identity to your account{" "}
              <strong>{actor.email}</strong>?
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-muted">Issuer</dt>
              <dd className="break-all">{pending.issuer}</dd>
              <dt className="text-muted">Subject</dt>
              <dd className="break-all">{pending.subject}</dd>
            </dl>
            <Muted>Afterwards you can sign in with {pending.providerName} instead of your password.</Muted>
            <div className="flex flex-wrap gap-2">
              <ActionForm action={confirmSsoLinkAction} label="Link account" variant="primary" />
              <ActionForm action={cancelSsoLinkAction} label="Cancel" />
            </div>
            <Link href="/account" className="text-sm underline">
              Back to your account
            </Link>
          </div>
        ) : (
          <div className="grid gap-3">
            <p>No link is waiting for confirmation (it may have expired after 10 minutes).</p>
            <Link href="/account" className="underline">
              Back to your account
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
