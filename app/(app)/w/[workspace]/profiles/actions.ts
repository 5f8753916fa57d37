"use server";

import { AllTextFields } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import { createWeightProfile, deleteWeightProfile } from "@/lib/services/comparisons/weight-profiles";

const profiles = { revalidate: ({ slug }: { slug: string }) => [`/w/${slug}/profiles`] };

/**
 * Section weights come as `w.<KEY>` fields, criterion weights as `c.<KEY>` (only those changed
 * from 1 are kept: the profile stays readable); knock-outs as lines like "EDGE-07 >= 3". A line
 * that is not of that form reaches the service with no threshold, which refuses it by name.
 */
const ProfileForm = AllTextFields.transform((fields) => {
  const sectionWeights: Record<string, number> = {};
  const criterionWeights: Record<string, number> = {};
  for (const [k, v] of Object.entries(fields)) {
    const text = v.trim();
    if (text === "") continue;
    if (k.startsWith("w.")) sectionWeights[k.slice(2)] = Number(text);
    if (k.startsWith("c.") && Number(text) !== 1) criterionWeights[k.slice(2)] = Number(text);
  }
  const knockouts = (fields.knockouts ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^([A-Za-z0-9._()-]+)\s*>=\s*(\d+(?:\.\d+)?)$/.exec(l);
      return m ? { criterionKey: m[1], threshold: Number(m[2]) } : { criterionKey: l, threshold: Number.NaN };
    });
  return { name: fields.name, sectionWeights, criterionWeights, knockouts };
});

export const createProfileAction = workspaceAction(
  ProfileForm,
  (actor, slug, input) => createWeightProfile(actor, slug, input),
  {
    ...profiles,
    success: "Profile created.",
    keepValues: true,
  },
);

export const deleteProfileAction = workspaceAction(AllTextFields, deleteWeightProfile, {
  ...profiles,
  success: "Profile deleted.",
});
