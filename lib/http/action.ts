import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "../errors/app-error";
import { BUSY_RETRY_AFTER_S, databaseFailure } from "./database-errors";
import { formObject } from "./form-fields";

// The one FormData → strings reader lives with the schema-driven decoder; actions import it here.
export { formObject };

/** What every server action returns to its form: a message, field errors, or data. */
export interface ActionState<T = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  data?: T;
  /** The submitted non-secret values, so a form re-renders with them after an error. */
  values?: Record<string, string | boolean>;
  /** The error's code and details (e.g. the current score on a conflict). */
  code?: string;
  details?: Record<string, unknown>;
}

/**
 * The action wrapper: runs a service call (which parses input, checks the actor's role and
 * audits) and maps expected errors to messages for the form; unexpected ones are logged with
 * a request id and shown generically. Every server action is then a few lines.
 */
export async function runAction<T>(
  fn: () => Promise<T>,
  successMessage?: string,
  form?: FormData,
): Promise<ActionState<T>> {
  const values = form
    ? Object.fromEntries(
        Object.entries(formObject(form)).filter(([k]) => !/password|code|token|confirm/i.test(k)),
      )
    : undefined;
  try {
    const data = await fn();
    return { ok: true, message: successMessage, data };
  } catch (err) {
    if (err instanceof AppError) {
      const fieldErrors = Object.fromEntries(err.issues.map((i) => [i.field, i.message]));
      return {
        ok: false,
        code: err.code,
        message: err.issues.length ? "Check the highlighted fields." : err.message,
        fieldErrors,
        values,
        details: err.details,
      };
    }
    // redirect() and notFound() work by throwing; let Next handle them.
    if (
      err &&
      typeof err === "object" &&
      "digest" in err &&
      /^NEXT_/.test(String((err as { digest: unknown }).digest))
    )
      throw err;
    const id = randomUUID();
    const failure = databaseFailure(err);
    if (failure === "busy")
      return {
        ok: false,
        code: "busy",
        message: "The server is busy; try again in a moment.",
        values,
        details: { retryAfter: BUSY_RETRY_AFTER_S },
      };
    if (failure === "unavailable")
      return {
        ok: false,
        code: "unavailable",
        message: `The database is unavailable; try again shortly. (ref ${id})`,
        values,
      };
    console.error(`[${id}] action failed`, err);
    return { ok: false, message: `Something went wrong on our side. (ref ${id})`, values };
  }
}
