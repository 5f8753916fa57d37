import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "../errors/app-error";

/**
 * For pages: a service's "not found" becomes Next's real 404 page; "sign in first" goes to
 * the sign-in page; a workspace that needs MFA sends the user to set it up, one that needs single
 * sign-on to the account page that says so (both are the user's to fix); a page the role
 * may not see is a 404 too (its existence is not advertised). Other errors propagate.
 */
export async function or404<T>(promise: Promise<T>, returnTo = "/w"): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === "not_found") notFound();
      if (err.code === "unauthorized") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (err.code === "forbidden" && err.details.reason === "mfa_sign_in_required")
        redirect("/account?mfa=sign-in-again");
      if (err.code === "forbidden" && err.details.reason === "mfa_setup_required")
        redirect("/account?mfa=required");
      if (err.code === "forbidden" && err.details.reason === "sso_required")
        redirect("/account?sso=required");
      if (err.code === "forbidden") notFound();
    }
    throw err;
  }
}
