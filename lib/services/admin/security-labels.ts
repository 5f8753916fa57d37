import type { ChainStatus } from "../../audit/verify";

const SEVERITIES = ["critical", "high", "moderate", "low"] as const;

type DependencyAudit = {
  reason?: string;
  productionPackages?: number;
  generatedAt: string | null;
};

/** The audit trail's state in a word, and the detail under it (where it broke, what is unsealed). */
export function chainFigure(chain: ChainStatus) {
  const detail = chain.ok
    ? `${chain.events} events verified just now`
    : `at event ${chain.brokenAt}: ${chain.reason}`;
  return {
    value: chain.ok ? "Intact" : "Broken",
    detail: detail + (chain.unsealed ? ` (${chain.unsealed} newer not yet sealed)` : ""),
  };
}

/**
 * The build's dependency audit in one line: the count per severity (zeros included, so "0
 * critical" is a stated fact rather than a gap), or why there is none; then the package count
 * and the day it was checked when the audit recorded them.
 */
export function dependencyAuditLine(audit: DependencyAudit, vulnerabilities: Record<string, number> | null) {
  const head = vulnerabilities
    ? `Dependency audit: ${SEVERITIES.map((k) => `${vulnerabilities[k] ?? 0} ${k}`).join(", ")}`
    : `Dependency audit unavailable${audit.reason ? ` (${audit.reason})` : ""}`;
  return (
    head +
    (audit.productionPackages ? ` · ${audit.productionPackages} production packages` : "") +
    (audit.generatedAt ? ` · checked ${audit.generatedAt.slice(0, 10)}` : "")
  );
}

/** The workspace's 2FA rule as shown, and the button that flips it. */
export function mfaRequirement(requireMfa: boolean) {
  return {
    description: requireMfa
      ? "Required: members without it must set it up before they can open this workspace."
      : "Optional for members.",
    label: requireMfa ? "Make optional" : "Require for all members",
    variant: requireMfa ? ("secondary" as const) : ("primary" as const),
    // The value the form sends: the opposite of the current rule.
    next: String(!requireMfa),
  };
}

type Member = { email: string; role: string; placeholder: boolean; disabled: boolean; mfa: boolean };

/**
 * One member's line on the security page and their enable/disable button. A placeholder (an
 * account a restored backup created) has no credentials to act on, so it gets no controls.
 */
export function securityMember(m: Member) {
  const state = m.placeholder ? " · placeholder from a restored backup" : m.disabled ? " · disabled" : "";
  return {
    status: `${m.role}${state}${m.mfa ? " · 2FA on" : ""}`,
    controls: !m.placeholder,
    toggle: {
      disabled: String(!m.disabled),
      label: m.disabled ? "Enable" : "Disable",
      variant: m.disabled ? ("secondary" as const) : ("danger" as const),
      confirm: m.disabled ? undefined : `Disable ${m.email}? Their sessions end at once.`,
    },
  };
}
