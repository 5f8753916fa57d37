import { AsyncLocalStorage } from "node:async_hooks";
import type { NextRequest } from "next/server";

/**
 * The request next-auth is handling, for its callbacks: they are not given it, and the SSO
 * callback needs the caller's address (audit) and its current session cookie (linking).
 * app/api/auth/[...nextauth]/route.ts runs the handler inside `authRequest.run`.
 */
export const authRequest = new AsyncLocalStorage<NextRequest>();
