import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { paths } from "./.generated/api";

/**
 * A typed /api/v1 client for the e2e tests, on Playwright's request context. Its types come from
 * the OpenAPI document (scripts/api-types.ts): a path, parameter, body or response field the
 * document does not describe is a type error, so tests and document cannot drift apart; the
 * contract test checks the document against the live server.
 */
type Method = "get" | "post" | "put" | "patch" | "delete";
type Path = keyof paths;
type Op<P extends Path, M extends Method> = NonNullable<paths[P][M]>;
type Params<O> = O extends { parameters: infer X } ? X : never;
type PathParams<O> = Params<O> extends { path: infer X } ? X : never;
type Query<O> = Params<O> extends { query?: infer Q } ? Q : never;
type Body<O> = O extends { requestBody: { content: { "application/json": infer B } } } ? B : never;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Responses<O> = O extends { responses: infer R } ? R : never;
/** The JSON of the operation's 2xx answer. */
export type Ok<P extends Path, M extends Method> = JsonOf<
  Responses<Op<P, M>>[Extract<keyof Responses<Op<P, M>>, 200 | 201>]
>;
export type ApiError = JsonOf<Responses<Op<"/api/v1/frameworks", "get">>[400]>;

export interface Call<P extends Path, M extends Method> {
  path?: PathParams<Op<P, M>>;
  query?: Query<Op<P, M>>;
  body?: Body<Op<P, M>>;
  headers?: Record<string, string>;
}

export interface Answer<T> {
  status: number;
  res: APIResponse;
  /** The 2xx JSON; throws with the status and error when the answer was not 2xx. */
  ok(): Promise<T>;
  error(): Promise<ApiError>;
}

export function apiClient(request: APIRequestContext, token?: string) {
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  async function call<P extends Path, M extends Method>(
    method: M,
    template: P,
    opts: Call<P, M> = {},
  ): Promise<Answer<Ok<P, M>>> {
    const params = (opts.path ?? {}) as Record<string, string>;
    const url = new URL(
      String(template).replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(params[k])),
      "http://x",
    );
    for (const [k, v] of Object.entries((opts.query ?? {}) as Record<string, unknown>))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await request.fetch(`${url.pathname}${url.search}`, {
      method: method.toUpperCase(),
      headers: { ...auth, ...opts.headers },
      ...(opts.body !== undefined ? { data: opts.body } : {}),
    });
    return {
      status: res.status(),
      res,
      ok: async () => {
        if (res.status() >= 300)
          throw new Error(`${method} ${url.pathname}: ${res.status()} ${await res.text()}`);
        return (await res.json()) as Ok<P, M>;
      },
      error: async () => (await res.json()) as ApiError,
    };
  }
  return {
    get: <P extends Path>(p: P, o?: Call<P, "get">) => call("get", p, o),
    post: <P extends Path>(p: P, o?: Call<P, "post">) => call("post", p, o),
    put: <P extends Path>(p: P, o?: Call<P, "put">) => call("put", p, o),
    patch: <P extends Path>(p: P, o?: Call<P, "patch">) => call("patch", p, o),
    delete: <P extends Path>(p: P, o?: Call<P, "delete">) => call("delete", p, o),
  };
}
