"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { createToken, revokeToken } from "@/lib/services/api-tokens";

export async function createTokenAction(slug: string, _p: ActionState | null, form: FormData) {
  const input = { ...formObject(form), scopes: form.getAll("scopes").map(String) };
  const result = await runAction(
    async () => createToken(await currentActor(), slug, input),
    "Token created. Copy it now: it is shown only once.",
    form,
  );
  if (result.ok) revalidatePath(`/w/${slug}/tokens`);
  return result;
}

export async function revokeTokenAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () => revokeToken(await currentActor(), slug, formObject(form)),
    "Token revoked.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/tokens`);
  return result;
}
