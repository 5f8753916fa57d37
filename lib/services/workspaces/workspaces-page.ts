import "server-only";
import type { Actor } from "../../auth/actor";
import { can, type Role } from "../../auth/policy";
import { listMyWorkspaces } from "./workspaces";

/**
 * Where /w sends its visitor instead of listing: straight into the only workspace, unless the
 * list was asked for (the switcher's "all workspaces", "new workspace").
 */
export function soleWorkspacePath(workspaces: Array<{ slug: string }>, listAsked: boolean): string | null {
  return workspaces.length === 1 && !listAsked ? `/w/${workspaces[0].slug}` : null;
}

/** Workspaces the caller may download a backup of (owners only, per the policy table). */
export const backupWorkspaces = <W extends { role: Role }>(workspaces: W[]) =>
  workspaces.filter((w) => can(w.role, "workspace.backup"));

/** The workspaces page: the caller's workspaces, where to go instead, and which ones they may back up. */
export async function workspacesPage(actor: Actor | null, listAsked: boolean) {
  const workspaces = await listMyWorkspaces(actor);
  return {
    workspaces,
    redirectTo: soleWorkspacePath(workspaces, listAsked),
    backups: backupWorkspaces(workspaces),
  };
}
