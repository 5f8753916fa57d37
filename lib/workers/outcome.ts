import { AppError, type ErrorCode, type FieldIssue } from "../errors/app-error";

/**
 * What crosses the thread boundary for a task. Errors are structured-cloned without their
 * own fields (an AppError would arrive as a bare Error, losing code and issues), so a task's
 * expected failure travels as data and becomes an AppError again on the request's side.
 */
export type Outcome<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: { code: ErrorCode; message: string; issues: FieldIssue[]; details: Record<string, unknown> };
    };

/** Worker side: runs `fn`, turning an AppError into data; anything else is thrown (a bug, a 500). */
export async function settle<T>(fn: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return {
      ok: false,
      error: { code: err.code, message: err.message, issues: err.issues, details: err.details },
    };
  }
}

/** Request side: the task's value, or its AppError thrown again. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  const { code, message, issues, details } = outcome.error;
  throw new AppError(code, message, issues, details);
}
