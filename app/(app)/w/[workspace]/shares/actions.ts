"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { revokeShareLink } from "@/lib/services/share-links";

export async function revokeShareLinkAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(
    async () => revokeShareLink(await currentActor(), slug, formObject(form).id ?? ""),
    "Link revoked.",
  );
  if (result.ok) revalidatePath(`/w/${slug}/shares`);
  return result;
}
