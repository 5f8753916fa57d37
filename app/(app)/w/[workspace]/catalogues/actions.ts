"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { runAction, type ActionState } from "@/lib/http/action";
import { setCatalogueArchived } from "@/lib/services/catalogue-workspace";

export async function setCatalogueArchivedAction(
  workspace: string,
  slug: string,
  version: string,
  archived: boolean,
  _p: ActionState | null,
  form: FormData,
) {
  const result = await runAction(
    async () => {
      await setCatalogueArchived(await currentActor(), workspace, { slug, version, archived });
    },
    archived
      ? "Archived: it can no longer be chosen for new evaluations."
      : "Restored: it can be chosen for new evaluations again.",
    form,
  );
  if (result.ok) revalidatePath(`/w/${workspace}/catalogues`, "layout");
  return result;
}
