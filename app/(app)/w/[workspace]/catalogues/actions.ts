"use server";

import { z } from "zod";
import { workspaceAction } from "@/lib/http/workspace-action";
import { setCatalogueArchived } from "@/lib/services/catalogues/catalogue-workspace";

/** The page binds which catalogue version, and whether to archive or restore it: the form has no fields. */
export const setCatalogueArchivedAction = workspaceAction(
  z.object({}),
  async (actor, workspace, _form, slug: string, version: string, archived: boolean) => {
    await setCatalogueArchived(actor, workspace, { slug, version, archived });
  },
  {
    success: (_form, [, , archived]) =>
      archived
        ? "Archived: it can no longer be chosen for new evaluations."
        : "Restored: it can be chosen for new evaluations again.",
    revalidate: ({ slug }) => [[`/w/${slug}/catalogues`, "layout"]],
  },
);
