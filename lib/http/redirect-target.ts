/** Only same-site paths: `callbackUrl=//evil.example` or `https://…` falls back to `fallback`. */
export function safeRedirectPath(value: unknown, fallback = "/w"): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) && value.length < 500
    ? value
    : fallback;
}
