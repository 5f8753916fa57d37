/**
 * HTML forms as zod schemas: each field kind says how its value is read from FormData, so a
 * server action declares its form once instead of hand-writing `String(form.get(…))`. Every
 * kind parses from what a browser sends (strings, or all the values of a repeated name); the
 * service then validates the meaning with its own schema (one validation path for API, UI and
 * CLI: lib/schemas/parse.ts).
 */
import { z } from "zod";

const blankToUndefined = (v: string) => (v.trim() === "" ? undefined : v);

export const field = {
  /** A text input; absent reads as "". */
  text: () => z.string(),
  /** A text input whose blank value means "not given". */
  optionalText: () => z.string().transform(blankToUndefined),
  /** Every value under the name (checkbox groups, multi-selects). */
  list: () => z.array(z.string()),
  /** A checkbox or a hidden "true"/"false": true only when checked or "true". */
  flag: () => z.string().transform((v) => v === "on" || v === "true"),
  /** A number input whose blank value means "not given"; anything else is Number(value). */
  optionalNumber: () => z.string().transform((v) => (v.trim() === "" ? undefined : Number(v))),
};

/** Every text field as sent, for a form whose service's schema names and checks them all. */
export const AllTextFields = z.record(z.string(), z.string());

/**
 * FormData → plain object. With an object schema (or one piped into a transform), by its shape: list fields take every value,
 * others their one value ("" when absent); fields the schema does not name are read only when
 * it has a catchall. With any other schema, every text field (Next's own `$ACTION…` fields skipped).
 */
export function decodeForm(schema: z.ZodType, form: FormData): Record<string, unknown> {
  // A form schema may end in a transform (form shape → service input): read by its input side.
  let input: z.ZodType = schema;
  while (input instanceof z.ZodPipe) input = input.in as z.ZodType;
  if (input instanceof z.ZodObject) {
    const shape = input.shape as Record<string, z.ZodType>;
    // `.catchall(…)`: the fields the shape does not name are read too, as text.
    const out: Record<string, unknown> = input._zod.def.catchall ? formObject(form) : {};
    for (const [key, kind] of Object.entries(shape))
      out[key] = kind instanceof z.ZodArray ? form.getAll(key).map(String) : textOf(form.get(key));
    return out;
  }
  return formObject(form);
}

/**
 * FormData → plain object of strings: every text field (files read as ""; Next's own
 * `$ACTION…` fields skipped). Booleans and lists are read explicitly by the action (a text field
 * may legitimately say "on").
 */
export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form) if (!k.startsWith("$ACTION")) out[k] = textOf(v);
  return out;
}

const textOf = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");
