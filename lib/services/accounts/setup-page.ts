import "server-only";
import { isSetUp } from "./setup";

/** The setup link's token from `?token=`: one non-empty value, or null (the page then asks for the link). */
export const setupTokenParam = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : null;

/** The first-run page: done already (an owner exists), or the token to create the first owner with. */
export async function setupPage(token: string | string[] | undefined) {
  if (await isSetUp()) return { done: true as const };
  return { done: false as const, token: setupTokenParam(token) };
}
