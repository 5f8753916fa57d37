"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/auth/request-meta";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { resetPassword } from "@/lib/services/accounts/account";

export async function resetAction(
  token: string,
  _p: ActionState | null,
  form: FormData,
): Promise<ActionState> {
  const meta = requestMeta(await headers());
  const result = await runAction(async () => {
    await enforceRateLimit("passwordReset", { meta });
    return resetPassword({ ...formObject(form), token }, meta);
  });
  if (result.ok) redirect("/sign-in?notice=reset");
  return result;
}
