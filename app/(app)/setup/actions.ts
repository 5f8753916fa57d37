"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/auth/request-meta";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { completeSetup } from "@/lib/services/accounts/setup";

export async function setupAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const meta = requestMeta(await headers());
  const result = await runAction(
    async () => {
      await enforceRateLimit("setup", { meta });
      return completeSetup(formObject(form), meta);
    },
    undefined,
    form,
  );
  if (result.ok)
    redirect(`/sign-in?notice=setup&email=${encodeURIComponent(String(form.get("email") ?? ""))}`);
  return result;
}
