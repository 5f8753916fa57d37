"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current";
import { formObject, runAction, type ActionState } from "@/lib/http/action";
import { createFramework, setFrameworkArchived, updateFramework } from "@/lib/services/frameworks";

const TEXT_FIELDS = ["name", "vendor", "productVersion", "url", "description"] as const;

/**
 * Read the fields by name rather than through formObject: it turns a text value of "on" into
 * `true` (it is built for lone checkboxes) and keeps only the last of the component-type boxes.
 */
function frameworkInput(form: FormData) {
  const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  return { ...text, componentTypes: form.getAll("componentTypes").map(String) };
}

/** After an error the form re-renders from `values`: give it exactly what was submitted. */
function keepValues<T>(result: ActionState<T>, form: FormData): ActionState<T> {
  if (!result.ok) {
    const { componentTypes, ...text } = frameworkInput(form);
    result.values = { ...text, componentTypes: componentTypes.join(" ") };
  }
  return result;
}

export async function createFrameworkAction(slug: string, _p: ActionState | null, form: FormData) {
  const result = await runAction(async () => {
    const row = await createFramework(await currentActor(), slug, frameworkInput(form));
    return { id: row.id };
  }, "Framework added.");
  if (result.ok) revalidatePath(`/w/${slug}/frameworks`);
  return keepValues(result, form);
}

export async function updateFrameworkAction(
  slug: string,
  id: string,
  _p: ActionState | null,
  form: FormData,
) {
  const result = await runAction(async () => {
    await updateFramework(await currentActor(), slug, id, frameworkInput(form));
  }, "Changes saved.");
  if (result.ok) {
    revalidatePath(`/w/${slug}/frameworks`);
    revalidatePath(`/w/${slug}/frameworks/${id}`);
  }
  return keepValues(result, form);
}

export async function setFrameworkArchivedAction(slug: string, _p: ActionState | null, form: FormData) {
  const { frameworkId, archived } = formObject(form);
  const archive = archived === "true";
  const id = String(frameworkId ?? "");
  const result = await runAction(
    async () => setFrameworkArchived(await currentActor(), slug, id, archive),
    archive ? "Framework archived." : "Framework restored.",
  );
  if (result.ok) {
    revalidatePath(`/w/${slug}/frameworks`);
    revalidatePath(`/w/${slug}/frameworks/${id}`);
  }
  return result;
}
