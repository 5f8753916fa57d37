import { AppError } from "../errors/app-error";

/** A name already used in the workspace: 409 naming the field. */
export const nameTaken = (what: string) =>
  new AppError("conflict", `A ${what} with this name exists.`, [{ field: "name", message: "already used" }]);

/**
 * A write of a record whose name is unique in its workspace (weight profiles, saved
 * comparisons). The service's own read refuses a taken name in the common case; two writers
 * racing to one name both pass that read, and the loser's insert or rename then fails on the
 * unique index (P2002). That is the same refusal, not a 500. The records' only other unique
 * key is their generated id, so the violation can only be the name's.
 */
export async function uniqueName<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === "P2002") throw nameTaken(what);
    throw err;
  }
}
