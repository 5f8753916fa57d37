import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "../auth/actor";
import { currentActor } from "../auth/current";
import { parseInput } from "../schemas/parse";
import { runAction, type ActionState } from "./action";
import { decodeForm } from "./form-fields";

/** A path to revalidate after success; a tuple revalidates the layout (and every page below it). */
type Revalidate = string | [path: string, type: "layout"];

interface Options<I, T, A extends unknown[]> {
  /** What the form shows on success (a function when it depends on the input). */
  success?: string | ((input: I, ids: A) => string);
  /** Paths whose cached renders the change makes stale. */
  revalidate?: (at: { slug: string; ids: A; input: I }) => Revalidate[];
  /** Runs after success, outside the error mapping: `redirect()` belongs here. */
  then?: (data: T, slug: string) => void;
  /**
   * Give the submitted values back on error, so the form keeps them: `true` for every non-secret
   * text field (runAction's rule), or a function for forms with repeated names.
   */
  keepValues?: boolean | ((form: FormData) => ActionState["values"]);
}

/** The bound arguments a form passes after the workspace slug (ids from the page), then React's two. */
type Args<A extends unknown[]> = [slug: string, ...ids: A, previous: unknown, form: FormData];

/**
 * A server action for a workspace form, declared instead of hand-written: the form is decoded
 * by `schema` (lib/http/form-fields.ts), the signed-in actor is read once, and `service` runs
 * inside runAction (errors become form messages; the service authorises and validates). The
 * page binds the slug and any ids: `action={saveX.bind(null, slug, id)}`.
 */
export function workspaceAction<S extends z.ZodType, T, A extends unknown[] = []>(
  schema: S,
  service: (actor: Actor | null, slug: string, input: z.output<S>, ...ids: A) => Promise<T>,
  options: Options<z.output<S>, T, A> = {},
) {
  return async (...args: Args<A>): Promise<ActionState<T>> => {
    const slug = args[0];
    const form = args[args.length - 1] as FormData;
    const ids = args.slice(1, -2) as A;
    return run(form, options, ids, (actor, input) => service(actor, slug, input, ...ids), schema, {
      revalidate: (input) => options.revalidate?.({ slug, ids, input }) ?? [],
      then: (data) => options.then?.(data, slug),
    });
  };
}

/** The same for a form about the signed-in user themselves (account settings): no workspace. */
export function accountAction<S extends z.ZodType, T>(
  schema: S,
  service: (actor: Actor | null, input: z.output<S>) => Promise<T>,
  options: Omit<Options<z.output<S>, T, []>, "revalidate" | "then"> & {
    revalidate?: (at: { input: z.output<S> }) => Revalidate[];
    then?: (data: T) => void;
  } = {},
) {
  return async (_previous: unknown, form: FormData): Promise<ActionState<T>> =>
    run(form, options, [], (actor, input) => service(actor, input), schema, {
      revalidate: (input) => options.revalidate?.({ input }) ?? [],
      then: (data) => options.then?.(data),
    });
}

async function run<S extends z.ZodType, T, A extends unknown[]>(
  form: FormData,
  options: Pick<Options<z.output<S>, T, A>, "success" | "keepValues">,
  ids: A,
  call: (actor: Actor | null, input: z.output<S>) => Promise<T>,
  schema: S,
  after: { revalidate: (input: z.output<S>) => Revalidate[]; then: (data: T) => void },
): Promise<ActionState<T>> {
  let input: z.output<S> | undefined;
  const result = await runAction(
    async () => {
      input = parseInput(schema, decodeForm(schema, form));
      // Inside runAction: the session lookup reads the database, and a lost one is a message.
      return call(await currentActor(), input);
    },
    undefined,
    options.keepValues === true ? form : undefined,
  );
  if (!result.ok) {
    if (typeof options.keepValues === "function") result.values = options.keepValues(form);
    return result;
  }
  const { success } = options;
  result.message = typeof success === "function" ? success(input as z.output<S>, ids) : success;
  for (const r of after.revalidate(input as z.output<S>)) {
    if (typeof r === "string") revalidatePath(r);
    else revalidatePath(...r);
  }
  after.then(result.data as T);
  return result;
}
