/** A tiny cookie-keeping HTTP client for the multi-instance test (no redirects followed). */
export function browserLike(base: string) {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  };
  return {
    base,
    jar,
    get: async (path: string) =>
      keep(await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: "manual" })),
    /** next-auth's credentials sign-in, as the sign-in form posts it. Returns whether a session came back. */
    async signIn(email: string, password: string, ip: string) {
      const csrf = (await keep(
        await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookie() } }),
      ).json()) as { csrfToken: string };
      const res = keep(
        await fetch(`${base}/api/auth/callback/credentials`, {
          method: "POST",
          redirect: "manual",
          headers: {
            cookie: cookie(),
            "content-type": "application/x-www-form-urlencoded",
            "x-forwarded-for": ip,
          },
          body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
        }),
      );
      await res.text();
      return [...jar.keys()].some((k) => k.endsWith("next-auth.session-token"));
    },
    /** The same session, presented to another instance. */
    cookies: () => new Map(jar),
  };
}
