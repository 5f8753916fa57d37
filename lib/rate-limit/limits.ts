/**
 * Every rate limit in one table. Fixed windows counted in PostgreSQL (RateLimitWindow), so
 * all app instances share the numbers. Set well above what a person ever does: they stop
 * scripts and floods, not users. `by: "ip"` limits are for anonymous doors; `by: "user"`
 * limits count per signed-in user (per client IP when the caller is anonymous).
 */
export const RATE_LIMITS = {
  shareView: {
    by: "ip",
    max: 120,
    windowSeconds: 60,
    what: "share page: GET /s/<token> and /s/<token>/view",
  },
  sharePdf: { by: "ip", max: 10, windowSeconds: 60, what: "share PDF: GET /s/<token>/report.pdf" },
  setup: { by: "ip", max: 10, windowSeconds: 900, what: "first-run setup: the /setup page and its action" },
  signIn: {
    by: "ip",
    max: 30,
    windowSeconds: 60,
    what: "sign-in attempts: POST /api/auth/callback/credentials",
  },
  // Each logout token costs a signature check (and a key fetch for an unknown key id).
  backchannelLogout: {
    by: "ip",
    max: 60,
    windowSeconds: 60,
    what: "SSO back-channel logout: POST /api/oidc/backchannel-logout/<provider>",
  },
  invitation: {
    by: "ip",
    max: 30,
    windowSeconds: 900,
    what: "invitation: the /invite/<token> page and its action",
  },
  passwordReset: {
    by: "ip",
    max: 30,
    windowSeconds: 900,
    what: "password reset: the /reset-password/<token> page and its action",
  },
  report: {
    by: "user",
    max: 30,
    windowSeconds: 60,
    what: "PDF reports: /api/v1/…/report.pdf and the UI's PDF downloads",
  },
  export: {
    by: "user",
    max: 60,
    windowSeconds: 60,
    what: "exports: /api/v1/…/export, the UI's downloads, audit export, backup",
  },
} as const satisfies Record<string, LimitSpec>;

export interface LimitSpec {
  by: "ip" | "user";
  max: number;
  windowSeconds: number;
  what: string;
}
export type LimitName = keyof typeof RATE_LIMITS;
/** A limit as it applies now: null when switched off. */
export type EffectiveLimit = { max: number; windowSeconds: number } | null;

export const LIMIT_NAMES = Object.keys(RATE_LIMITS) as LimitName[];

/**
 * RATE_LIMITS (env), for benchmarks and test suites only — never in production:
 *   off                     every limit off
 *   <sel>=off               one limit (or `*`, or every `ip` / `user` limit) off
 *   <sel>=x<N>              max multiplied by N (e.g. `*=x10`)
 *   <sel>=<max>[/<secs>]    max (and window) replaced (e.g. `sharePdf=3/60`)
 * Entries are comma-separated and apply in order. An unknown name or value throws, so a typo
 * cannot silently leave limits at their defaults (or off).
 */
export function effectiveLimits(env = process.env.RATE_LIMITS): Record<LimitName, EffectiveLimit> {
  const out = Object.fromEntries(
    LIMIT_NAMES.map((n) => [n, { max: RATE_LIMITS[n].max, windowSeconds: RATE_LIMITS[n].windowSeconds }]),
  ) as Record<LimitName, EffectiveLimit>;
  const spec = (env ?? "").trim();
  if (!spec) return out;
  for (const entry of spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [sel, value] = entry.includes("=") ? entry.split("=", 2).map((s) => s.trim()) : ["*", entry];
    const names =
      sel === "*"
        ? LIMIT_NAMES
        : sel === "ip" || sel === "user"
          ? LIMIT_NAMES.filter((n) => RATE_LIMITS[n].by === sel)
          : [sel as LimitName];
    if (!names.every((n) => n in RATE_LIMITS))
      throw new Error(`RATE_LIMITS: unknown limit "${sel}" (known: ${LIMIT_NAMES.join(", ")}, *, ip, user)`);
    for (const name of names) out[name] = apply(out[name], RATE_LIMITS[name], value, entry);
  }
  return out;
}

function apply(current: EffectiveLimit, base: LimitSpec, value: string, entry: string): EffectiveLimit {
  if (value === "off") return null;
  const times = /^x(\d+(?:\.\d+)?)$/.exec(value);
  if (times)
    return {
      max: Math.max(1, Math.round((current?.max ?? base.max) * Number(times[1]))),
      windowSeconds: current?.windowSeconds ?? base.windowSeconds,
    };
  const fixed = /^(\d+)(?:\/(\d+))?$/.exec(value);
  if (fixed && Number(fixed[1]) > 0 && (!fixed[2] || Number(fixed[2]) > 0)) {
    return {
      max: Number(fixed[1]),
      windowSeconds: fixed[2] ? Number(fixed[2]) : (current?.windowSeconds ?? base.windowSeconds),
    };
  }
  throw new Error(`RATE_LIMITS: cannot read "${entry}" (use off, x<N> or <max>[/<seconds>])`);
}

// Parsed once per distinct value: tests change process.env between calls.
let cached: { env: string | undefined; limits: Record<LimitName, EffectiveLimit> } | undefined;
export function currentLimit(name: LimitName): EffectiveLimit {
  const env = process.env.RATE_LIMITS;
  if (!cached || cached.env !== env) cached = { env, limits: effectiveLimits(env) };
  return cached.limits[name];
}
