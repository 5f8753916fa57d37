import { NextResponse, type NextRequest } from "next/server";

/**
 * A fresh nonce per page request, so the Content-Security-Policy can forbid every script the
 * app did not emit itself (no 'unsafe-inline'). Next.js reads the nonce from the request's CSP
 * header. Authorisation happens in lib/services, never here.
 */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const MEMBER_AREAS = /^\/(w|account)(\/|$)/;

export function proxy(request: NextRequest) {
  // Convenience only: anonymous visitors of member areas go to sign-in. Whether a session is
  // valid, and what it may see, is decided by lib/services on every call.
  const { pathname, search } = request.nextUrl;
  if (MEMBER_AREAS.test(pathname) && !SESSION_COOKIES.some((c) => request.cookies.has(c))) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Charts position elements with style attributes; attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(request.nextUrl.protocol === "https:" ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Next clones a request body for the proxy and keeps only the first 10 MB of it
 * (experimental.proxyClientMaxBodySize), silently: a 15 MB backup reached /restore cut short.
 * /restore is a route handler with its own 20 MB limit and nothing for the proxy to do (no
 * page, no nonce; its session is checked by the service), so the proxy never sees it.
 */
export const config = {
  matcher: [{ source: "/((?!api/|restore$|_next/static|_next/image|favicon.ico).*)" }],
};
