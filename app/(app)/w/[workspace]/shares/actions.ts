"use server";

import { z } from "zod";
import { field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { revokeShareLink } from "@/lib/services/sharing/share-links";

export const revokeShareLinkAction = workspaceAction(
  z.object({ id: field.text() }),
  (actor, slug, { id }) => revokeShareLink(actor, slug, id),
  { success: "Link revoked.", revalidate: ({ slug }) => [`/w/${slug}/shares`] },
);
