"use server";

import { z } from "zod";
import { workspaceAction } from "@/lib/http/workspace-action";
import { setMappingSetArchived } from "@/lib/services/catalogues/mapping-set-detail";

/** The page binds which mapping set, and whether to archive or restore it: the form has no fields. */
export const setMappingSetArchivedAction = workspaceAction(
  z.object({}),
  async (actor, workspace, _form, id: string, archived: boolean) => {
    await setMappingSetArchived(actor, workspace, { id, archived });
  },
  {
    success: (_form, [, archived]) =>
      archived
        ? "Archived: readiness views no longer use this mapping set."
        : "Restored: readiness views use this mapping set again.",
    revalidate: ({ slug }) => [[`/w/${slug}`, "layout"]],
  },
);
