import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, SignInError } from "../services/accounts/authentication";
import { revokeSessionById, SESSION_HOURS } from "../services/accounts/sessions";
import { logNextAuthError } from "./oidc/callback-errors";
import { nextAuthOidcProviders, ssoSignInCallback } from "./oidc/providers";
import { requestMeta } from "./request-meta";

/**
 * next-auth handles the cookie (HttpOnly, SameSite=Lax, Secure under HTTPS, encrypted JWT).
 * The JWT carries only our Session row id; lib/auth/current.ts checks that row on every
 * request, which is what makes sign-out-everywhere and disabling a user immediate.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        try {
          const { sessionId, userId } = await authenticate(credentials, requestMeta(req?.headers));
          return { id: userId, sid: sessionId };
        } catch (err) {
          if (err instanceof SignInError) throw new Error(err.message);
          console.error("sign-in error", err);
          throw new Error("Sign-in is unavailable right now. Try again shortly.");
        }
      },
    }),
    ...nextAuthOidcProviders(),
  ],
  logger: {
    error: logNextAuthError,
    warn: (code) => console.warn("next-auth warning", code),
    debug: () => {},
  },
  events: {
    // POST /api/auth/signout (next-auth's own endpoint, also what the UI calls last) only
    // clears the cookie; a copy of the cookie would still open pages while the row lives.
    // Revoking the row here makes every sign-out path end the session for good.
    async signOut({ token }) {
      await revokeSessionById(token?.sid);
    },
  },
  callbacks: {
    signIn: ssoSignInCallback,
    jwt({ token, user }) {
      if (user) return { sub: user.id, sid: (user as { sid?: string }).sid };
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid as string | undefined } as typeof session;
    },
  },
};
