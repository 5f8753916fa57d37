import { AppError } from "../errors/app-error";

/** The AppError `fn` throws, for assertions on its code, message and issues; anything else fails the test. */
export function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected an AppError");
}
