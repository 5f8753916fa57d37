"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { inviteMember, revokeInvitation } from "@/lib/services/invitations";
import { changeRole, removeMember, transferOwnership } from "@/lib/services/members";

async function act<T>(
  slug: string,
  form: FormData,
  fn: (input: Record<string, unknown>) => Promise<T>,
  message: string,
): Promise<ActionState<T>> {
  const result = await runAction(() => fn(formObject(form)), message, form);
  if (result.ok) revalidatePath(`/w/${slug}/members`);
  return result;
}

export async function inviteAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(
    slug,
    form,
    async (input) => inviteMember(await currentActor(), slug, input),
    "Invitation created. Copy the link now: it is shown only once.",
  );
}
export async function revokeInvitationAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(
    slug,
    form,
    async (input) => revokeInvitation(await currentActor(), slug, input),
    "Invitation revoked.",
  );
}
export async function changeRoleAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(slug, form, async (input) => changeRole(await currentActor(), slug, input), "Role changed.");
}
export async function removeMemberAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(slug, form, async (input) => removeMember(await currentActor(), slug, input), "Member removed.");
}
export async function transferOwnershipAction(slug: string, _p: ActionState | null, form: FormData) {
  return act(
    slug,
    form,
    async (input) => transferOwnership(await currentActor(), slug, input),
    "Ownership transferred.",
  );
}
