/**
 * The app's public address, from NEXTAUTH_URL (the launcher defaults it to
 * http://localhost:$PORT). Links handed to people (invitations, password resets, share links)
 * are built here and only here, never from the request's own host: behind a reverse proxy that
 * is an internal address, and a Host header is the caller's to choose.
 */
export function publicOrigin(
  value = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`NEXTAUTH_URL is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`NEXTAUTH_URL must be http(s), not ${url.protocol}`);
  // The app is served at the root: a path, query, fragment or credentials would make every link wrong (or a trap).
  if (url.username || url.password) throw new Error("NEXTAUTH_URL must not carry credentials");
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(
      "NEXTAUTH_URL must be an origin only (scheme, host, port), without a path, query or fragment",
    );
  return url.origin;
}

/** `path` (an app path such as `/invite/<token>`) under the public origin; anything that could leave it is refused. */
export function publicUrl(path: string): string {
  if (!/^\/(?![/\\])[A-Za-z0-9\-._~/?=&%]*$/.test(path) || /(^|\/)\.\.?(\/|$)/.test(path))
    throw new Error(`not an app path: ${JSON.stringify(path)}`);
  const origin = publicOrigin();
  const url = new URL(path, origin);
  if (url.origin !== origin) throw new Error(`not an app path: ${JSON.stringify(path)}`);
  return url.toString();
}
