import "server-only";
import { AppError } from "../../errors/app-error";
import { previewPasswordReset } from "./account";

/** The reset page: whose password the link sets, or why the link does not work any more. */
export async function passwordResetPage(token: string) {
  try {
    return { valid: true as const, email: (await previewPasswordReset(token)).email };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { valid: false as const, message: err.message };
  }
}
