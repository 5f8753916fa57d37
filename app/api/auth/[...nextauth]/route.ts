import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/next-auth";
import { limitSignInAttempts } from "@/lib/http/sign-in-limit";

const handler = NextAuth(authOptions);
const POST = limitSignInAttempts(handler);
export { handler as GET, POST };
