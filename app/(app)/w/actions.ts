"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { loadSampleWorkspace } from "@/lib/services/sample-workspace";
import { createWorkspace } from "@/lib/services/workspaces";

export async function createWorkspaceAction(_p: ActionState | null, form: FormData): Promise<ActionState> {
  const result = await runAction(
    async () => createWorkspace(await currentActor(), formObject(form)),
    undefined,
    form,
  );
  if (result.ok) redirect(`/w/${(result.data as { slug: string }).slug}`);
  return result;
}

/** A labelled sample workspace with 20 scored frameworks, so a newcomer sees everything populated. */
export async function loadSampleAction(): Promise<ActionState> {
  const result = await runAction(async () => loadSampleWorkspace(await currentActor()));
  if (result.ok) redirect(`/w/${(result.data as { slug: string }).slug}`);
  return result;
}
