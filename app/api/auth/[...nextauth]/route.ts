import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/next-auth";
import { authRequest } from "@/lib/auth/oidc/request-context";
import { limitSignInAttempts } from "@/lib/http/sign-in-limit";

const nextAuth = NextAuth(authOptions);
// The callbacks read the request (address, current session) through authRequest.
const handler = (req: NextRequest, ctx: unknown) => authRequest.run(req, () => nextAuth(req, ctx));
const POST = limitSignInAttempts(handler);
export { handler as GET, POST };
