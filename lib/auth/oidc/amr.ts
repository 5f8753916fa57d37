/**
 * Authentication method references a provider may assert (RFC 8176). Others are dropped, so a
 * provider cannot smuggle arbitrary strings into our session rows.
 */
export const RFC8176 = new Set(
  "face fpt geo hwk iris kba mca mfa otp pin pop pwd rba retina sc sms swk tel user vbm wia".split(" "),
);

/** Methods that count as a second factor when a workspace requires MFA of SSO sessions. */
export const STRONG_AMR = ["mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "pop"];
