"use server";

import { z } from "zod";
import { decodeForm, field } from "@/lib/http/form-fields";
import { workspaceAction } from "@/lib/http/workspace-action";
import {
  createFramework,
  setFrameworkArchived,
  updateFramework,
} from "@/lib/services/evaluations/frameworks";

const FrameworkForm = z.object({
  name: field.text(),
  vendor: field.text(),
  productVersion: field.text(),
  url: field.text(),
  description: field.text(),
  componentTypes: field.list(),
});

/** After an error the form re-renders from `values`: every component type ticked, not only the last. */
const frameworkValues = (form: FormData) => {
  const { componentTypes, ...text } = FrameworkForm.parse(decodeForm(FrameworkForm, form));
  return { ...text, componentTypes: componentTypes.join(" ") };
};

const frameworkPaths = (slug: string, id?: string) =>
  id ? [`/w/${slug}/frameworks`, `/w/${slug}/frameworks/${id}`] : [`/w/${slug}/frameworks`];

export const createFrameworkAction = workspaceAction(
  FrameworkForm,
  async (actor, slug, input) => ({ id: (await createFramework(actor, slug, input)).id }),
  {
    success: "Framework added.",
    revalidate: ({ slug }) => frameworkPaths(slug),
    keepValues: frameworkValues,
  },
);

export const updateFrameworkAction = workspaceAction(
  FrameworkForm,
  async (actor, slug, input, id: string) => {
    await updateFramework(actor, slug, id, input);
  },
  {
    success: "Changes saved.",
    revalidate: ({ slug, ids: [id] }) => frameworkPaths(slug, id),
    keepValues: frameworkValues,
  },
);

export const setFrameworkArchivedAction = workspaceAction(
  z.object({ frameworkId: field.text(), archived: field.flag() }),
  (actor, slug, { frameworkId, archived }) => setFrameworkArchived(actor, slug, frameworkId, archived),
  {
    success: ({ archived }) => (archived ? "Framework archived." : "Framework restored."),
    revalidate: ({ slug, input }) => frameworkPaths(slug, input.frameworkId),
  },
);
