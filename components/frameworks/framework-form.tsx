"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton, TextAreaField } from "../ui/form";
import { COMPONENT_TYPE_LABELS, type ComponentType } from "./component-types";

type Action = (prev: ActionState | null, form: FormData) => Promise<ActionState>;

export interface FrameworkValues {
  name: string;
  vendor: string;
  productVersion: string;
  url: string | null;
  description: string;
  componentTypes: string[];
}

/**
 * Create and edit share this form. After a failed submit React resets the form, so every field
 * takes its default from what was just submitted; otherwise from the saved framework (edit) or
 * empty (create, which therefore clears itself after a success).
 */
export function FrameworkForm({
  action,
  initial,
  submitLabel,
  pendingText,
}: {
  action: Action;
  initial?: FrameworkValues;
  submitLabel: string;
  pendingText: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const submitted = state && !state.ok ? state.values : undefined;
  const value = (k: "name" | "vendor" | "productVersion" | "url" | "description") =>
    String((submitted ? submitted[k] : initial?.[k]) ?? "");
  // The action joins the checked boxes with spaces: formObject would keep only the last one.
  const checked = submitted
    ? String(submitted.componentTypes ?? "").split(" ")
    : (initial?.componentTypes ?? []);
  const e = state?.fieldErrors ?? {};
  // Unknown values are reported per item (componentTypes[1]); show them with the group.
  const typesError = e.componentTypes ?? Object.entries(e).find(([k]) => k.startsWith("componentTypes"))?.[1];
  const typesErrorId = "f-componentTypes-err";
  return (
    <form action={formAction} className="grid gap-4">
      <div className="grid gap-3 sm:grid-cols-3 sm:items-start">
        <Field
          label="Name"
          name="name"
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={value("name")}
          error={e.name}
        />
        <Field
          label="Vendor"
          name="vendor"
          required
          maxLength={200}
          autoComplete="organization"
          defaultValue={value("vendor")}
          error={e.vendor}
        />
        <Field
          label="Product version"
          name="productVersion"
          required
          maxLength={100}
          autoComplete="off"
          placeholder="4.2.1"
          defaultValue={value("productVersion")}
          error={e.productVersion}
        />
      </div>
      <Field
        label="URL"
        name="url"
        type="url"
        maxLength={2000}
        autoComplete="url"
        placeholder="https://"
        hint="Optional: the framework's home page or repository (http or https)."
        defaultValue={value("url")}
        error={e.url}
      />
      <fieldset className="grid gap-1" aria-describedby={typesError ? typesErrorId : undefined}>
        <legend className="mb-1 text-sm font-medium">Component types</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {(Object.entries(COMPONENT_TYPE_LABELS) as Array<[ComponentType, string]>).map(([type, label]) => (
            <label key={type} className="flex min-h-6 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="componentTypes"
                value={type}
                defaultChecked={checked.includes(type)}
                className="h-4 w-4"
              />
              {label}
            </label>
          ))}
        </div>
        {typesError && (
          <p id={typesErrorId} role="alert" className="text-sm text-danger">
            {typesError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Description"
        name="description"
        maxLength={5000}
        hint="Optional, up to 5000 characters."
        defaultValue={value("description")}
        error={e.description}
      />
      <div>
        <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
