"use server";

import { z } from "zod";
import { AllTextFields, field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { deleteSavedComparison, saveComparison } from "@/lib/services/comparisons/saved-comparisons";
import { createShareLink } from "@/lib/services/sharing/share-links";

export const saveComparisonAction = workspaceAction(
  AllTextFields,
  (actor, slug, input) => saveComparison(actor, slug, input),
  {
    success: "Comparison saved.",
    revalidate: ({ slug }) => [`/w/${slug}`],
    keepValues: true,
  },
);

/** The link's token is in the result once: only its hash is kept. */
export const createShareAction = workspaceAction(
  z
    .object({
      evaluations: field.text(),
      profile: field.optionalText(),
      expiresInDays: field.optionalNumber(),
      hideReviewers: field.flag(),
      crosswalk: field.optionalText(),
    })
    .transform(({ evaluations, profile, ...rest }) => ({
      ...rest,
      evaluationIds: evaluations.split(",").filter(Boolean),
      profileId: profile,
    })),
  createShareLink,
  { success: "Share link created. Copy it now: it is shown only once.", keepValues: true },
);

export const deleteComparisonAction = workspaceAction(AllTextFields, deleteSavedComparison, {
  success: "Saved comparison deleted.",
  revalidate: ({ slug }) => [`/w/${slug}/compare`],
});
