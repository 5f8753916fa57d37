import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "../errors/app-error";

/** For pages: a service's "not found" becomes Next's real 404 page; other errors propagate. */
export async function or404<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}
