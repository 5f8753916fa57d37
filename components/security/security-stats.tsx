import { Stat } from "../ui/stat";

interface Figures {
  mfa: string;
  locked: number;
  tokens: number;
  shareLinks: number;
  chain: { value: string; detail: string };
  version: string;
  dependencyAudit: string;
}

/** The posture at a glance: 2FA adoption, locked accounts, open credentials, the audit trail, the build. */
export function SecurityStats({ figures: f }: { figures: Figures }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <Stat label="Members with 2FA" value={f.mfa} testId="mfa-adoption" />
      <Stat label="Locked accounts" value={f.locked} />
      <Stat label="Active API tokens" value={f.tokens} />
      <Stat label="Active share links" value={f.shareLinks} testId="active-shares" />
      <Stat label="Audit trail" value={f.chain.value} testId="chain-status">
        <div className="text-xs text-muted">{f.chain.detail}</div>
      </Stat>
      <Stat label="Version" value={f.version} testId="app-version">
        <div className="text-xs text-muted" data-testid="dependency-audit">
          {f.dependencyAudit}
        </div>
      </Stat>
    </div>
  );
}
