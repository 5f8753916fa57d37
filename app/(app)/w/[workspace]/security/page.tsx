import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { RevealAction } from "@/components/workspace/reveal-action";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { securityPage } from "@/lib/services/workspaces/people-pages";
import { disableAction, massResetAction, requireMfaAction, resetLinkAction, unlockAction } from "./actions";

export const metadata = { title: "Security" };

export default async function SecurityPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/security`);
  const {
    overview,
    posture,
    vulnerabilities: vulns,
    members,
    can: may,
  } = await or404(securityPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Security" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Stat
          label="Members with 2FA"
          value={`${overview.mfaEnrolled} / ${overview.members}`}
          testId="mfa-adoption"
        />
        <Stat label="Locked accounts" value={overview.locked.length} />
        <Stat label="Active API tokens" value={overview.activeTokens} />
        <Stat label="Active share links" value={posture.activeShareLinks} testId="active-shares" />
        <Stat label="Audit trail" value={posture.chain.ok ? "Intact" : "Broken"} testId="chain-status">
          <div className="text-xs text-muted">
            {posture.chain.ok
              ? `${posture.chain.events} events verified just now`
              : `at event ${posture.chain.brokenAt}: ${posture.chain.reason}`}
            {posture.chain.unsealed ? ` (${posture.chain.unsealed} newer not yet sealed)` : ""}
          </div>
        </Stat>
        <Stat label="Version" value={posture.version} testId="app-version">
          <div className="text-xs text-muted" data-testid="dependency-audit">
            {vulns
              ? `Dependency audit: ${["critical", "high", "moderate", "low"].map((k) => `${vulns[k] ?? 0} ${k}`).join(", ")}`
              : `Dependency audit unavailable${posture.audit.reason ? ` (${posture.audit.reason})` : ""}`}
            {"productionPackages" in posture.audit && posture.audit.productionPackages
              ? ` · ${posture.audit.productionPackages} production packages`
              : ""}
            {posture.audit.generatedAt ? ` · checked ${posture.audit.generatedAt.slice(0, 10)}` : ""}
          </div>
        </Stat>
      </div>
      <Card>
        <Heading level={2}>Two-factor authentication</Heading>
        <Muted className="mt-1 mb-3">
          {overview.requireMfa
            ? "Required: members without it must set it up before they can open this workspace."
            : "Optional for members."}
        </Muted>
        <ActionForm
          action={requireMfaAction.bind(null, slug)}
          hidden={{ requireMfa: String(!overview.requireMfa) }}
          label={overview.requireMfa ? "Make optional" : "Require for all members"}
          variant={overview.requireMfa ? "secondary" : "primary"}
        />
      </Card>
      {overview.locked.length > 0 && (
        <Card>
          <Heading level={2} className="mb-2">
            Locked accounts
          </Heading>
          <ul className="grid gap-2">
            {overview.locked.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>{u.email}</span>
                <ActionForm action={unlockAction.bind(null, slug)} hidden={{ userId: u.id }} label="Unlock" />
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card>
        <Heading level={2} className="mb-2">
          Members
        </Heading>
        {members.length === 0 ? (
          <Muted>No other members you can manage.</Muted>
        ) : (
          <ul className="divide-y divide-border">
            {members.map((m) => (
              <li
                key={m.id}
                className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-start"
                data-testid="security-member"
              >
                <div className="text-sm">
                  <div className="font-medium">{m.email}</div>
                  <div className="text-muted capitalize">
                    {m.role}
                    {m.placeholder
                      ? " · placeholder from a restored backup"
                      : m.disabled
                        ? " · disabled"
                        : ""}
                    {m.mfa ? " · 2FA on" : ""}
                  </div>
                </div>
                {!m.placeholder && (
                  <div className="flex flex-wrap gap-2">
                    <ActionForm
                      action={disableAction.bind(null, slug)}
                      hidden={{ userId: m.id, disabled: String(!m.disabled) }}
                      label={m.disabled ? "Enable" : "Disable"}
                      variant={m.disabled ? "secondary" : "danger"}
                      confirm={m.disabled ? undefined : `Disable ${m.email}? Their sessions end at once.`}
                    />
                    <RevealAction
                      action={resetLinkAction.bind(null, slug)}
                      hidden={{ userId: m.id }}
                      label="Password reset link"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {may.massReset && (
        <Card className="border-danger">
          <Heading level={2} className="text-danger">
            Mass credential reset
          </Heading>
          <Muted className="mt-1 mb-3">
            Breach response: every other member&apos;s password stops working and their sessions end; all API
            tokens of this workspace are revoked. You get a one-time reset link per member.
          </Muted>
          <RevealAction
            action={massResetAction.bind(null, slug)}
            label="Reset all credentials"
            variant="danger"
            confirm="Reset every other member's credentials now?"
          >
            <Field label={`Type “${slug}” to confirm`} name="confirm" autoComplete="off" required />
          </RevealAction>
        </Card>
      )}
    </div>
  );
}
