import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { RevealAction } from "@/components/workspace/reveal-action";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { securityPage } from "@/lib/services/people-pages";
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
      <h1 className="text-2xl font-semibold">Security</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card>
          <div className="text-sm text-muted">Members with 2FA</div>
          <div className="text-2xl font-semibold" data-testid="mfa-adoption">
            {overview.mfaEnrolled} / {overview.members}
          </div>
        </Card>
        <Card>
          <div className="text-sm text-muted">Locked accounts</div>
          <div className="text-2xl font-semibold">{overview.locked.length}</div>
        </Card>
        <Card>
          <div className="text-sm text-muted">Active API tokens</div>
          <div className="text-2xl font-semibold">{overview.activeTokens}</div>
        </Card>
        <Card>
          <div className="text-sm text-muted">Active share links</div>
          <div className="text-2xl font-semibold" data-testid="active-shares">
            {posture.activeShareLinks}
          </div>
        </Card>
        <Card>
          <div className="text-sm text-muted">Audit trail</div>
          <div className="text-2xl font-semibold" data-testid="chain-status">
            {posture.chain.ok ? "Intact" : "Broken"}
          </div>
          <div className="text-xs text-muted">
            {posture.chain.ok
              ? `${posture.chain.events} events verified just now`
              : `at event ${posture.chain.brokenAt}: ${posture.chain.reason}`}
            {posture.chain.unsealed ? ` (${posture.chain.unsealed} newer not yet sealed)` : ""}
          </div>
        </Card>
        <Card>
          <div className="text-sm text-muted">Version</div>
          <div className="text-2xl font-semibold" data-testid="app-version">
            {posture.version}
          </div>
          <div className="text-xs text-muted" data-testid="dependency-audit">
            {vulns
              ? `Dependency audit: ${["critical", "high", "moderate", "low"].map((k) => `${vulns[k] ?? 0} ${k}`).join(", ")}`
              : `Dependency audit unavailable${posture.audit.reason ? ` (${posture.audit.reason})` : ""}`}
            {"productionPackages" in posture.audit && posture.audit.productionPackages
              ? ` · ${posture.audit.productionPackages} production packages`
              : ""}
            {posture.audit.generatedAt ? ` · checked ${posture.audit.generatedAt.slice(0, 10)}` : ""}
          </div>
        </Card>
      </div>
      <Card>
        <h2 className="font-semibold">Two-factor authentication</h2>
        <p className="mt-1 mb-3 text-sm text-muted">
          {overview.requireMfa
            ? "Required: members without it must set it up before they can open this workspace."
            : "Optional for members."}
        </p>
        <ActionForm
          action={requireMfaAction.bind(null, slug)}
          hidden={{ requireMfa: String(!overview.requireMfa) }}
          label={overview.requireMfa ? "Make optional" : "Require for all members"}
          variant={overview.requireMfa ? "secondary" : "primary"}
        />
      </Card>
      {overview.locked.length > 0 && (
        <Card>
          <h2 className="mb-2 font-semibold">Locked accounts</h2>
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
        <h2 className="mb-2 font-semibold">Members</h2>
        {members.length === 0 ? (
          <p className="text-sm text-muted">No other members you can manage.</p>
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
          <h2 className="font-semibold text-danger">Mass credential reset</h2>
          <p className="mt-1 mb-3 text-sm text-muted">
            Breach response: every other member&apos;s password stops working and their sessions end; all API
            tokens of this workspace are revoked. You get a one-time reset link per member.
          </p>
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
