"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { ActionState } from "@/lib/http/action";
import { ActionForm, type FormAction } from "../ui/action-form";
import { Button } from "../ui/button";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

type Saved = {
  id: string;
  name: string;
  description: string;
  query: string;
  vendors: number;
  top: { name: string } | null;
};
type Page = { items: Saved[]; page: number; pageCount: number; total: number };
type Load = { state: "loading" } | { state: "error"; message: string } | ({ state: "loaded" } & Page);

/**
 * The workspace's saved comparisons, a page at a time, fetched after the compare page has
 * rendered: each one's leader costs a comparison load, which made the page itself grow with
 * the list. Loading, empty and error states are announced; paging is plain buttons.
 */
export function SavedComparisons({ slug, deleteAction }: { slug: string; deleteAction?: FormAction }) {
  const [page, setPage] = useState(1);
  const [attempt, setAttempt] = useState(0);
  // The answer to one request (page + attempt); any other request in flight reads as loading.
  const [result, setResult] = useState<{ key: string; load: Load } | null>(null);
  const key = `${page}:${attempt}`;
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const ctrl = new AbortController();
    const done = (load: Load) => {
      if (!ctrl.signal.aborted) setResult({ key, load });
    };
    fetch(`/w/${slug}/compare/saved?page=${page}`, {
      signal: ctrl.signal,
      cache: "no-store",
      headers: { Accept: "application/json" },
    })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
        // A signed-out session is redirected to the sign-in page: HTML, not the list.
        if (!body || !Array.isArray(body.items))
          throw new Error("Your session has ended: sign in again to see them.");
        done({ state: "loaded", ...(body as Page) });
      })
      .catch((err: Error) =>
        done({ state: "error", message: err.message || "The list could not be loaded." }),
      );
    return () => ctrl.abort();
  }, [slug, page, key]);
  const current: Load = result?.key === key ? result.load : { state: "loading" };
  // While the next page loads, the last one stays (so the focused paging button stays too).
  const load: Load = current.state === "loading" && result?.load.state === "loaded" ? result.load : current;
  const busy = current.state === "loading";

  // After a deletion the page may have shrunk (or gone): fetch it again.
  const remove: FormAction | undefined =
    deleteAction &&
    (async (prev: ActionState | null, form: FormData) => {
      const result = await deleteAction(prev, form);
      if (result.ok) reload();
      return result;
    });

  return (
    <section aria-labelledby="saved-h" aria-busy={busy}>
      <Heading level={2} id="saved-h">
        Saved comparisons
      </Heading>
      {load.state === "loading" && (
        <Muted role="status" className="mt-2">
          Loading saved comparisons…
        </Muted>
      )}
      {load.state === "error" && (
        <div
          role="alert"
          className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-danger/40 bg-danger/10 p-3 text-sm"
        >
          <span>The saved comparisons could not be loaded. {load.message}</span>
          <Button type="button" variant="secondary" onClick={reload}>
            Try again
          </Button>
        </div>
      )}
      {load.state === "loaded" && load.total === 0 && (
        <Muted className="mt-2">
          None yet. Choose evaluations above, compare them, and save the view to find it here.
        </Muted>
      )}
      {load.state === "loaded" && load.total > 0 && (
        <>
          <ul className="mt-2 grid gap-2" data-testid="saved-comparison-list">
            {load.items.map((c) => (
              <li
                key={c.id}
                className="flex flex-wrap items-center gap-2 text-sm"
                data-testid="saved-comparison"
              >
                <Link className="font-medium underline" href={`/w/${slug}/compare?${c.query}`}>
                  {c.name}
                </Link>
                <span className="text-muted">
                  {c.vendors} vendors · top: {c.top?.name ?? "—"}
                </span>
                {remove && (
                  <span className="ml-auto">
                    <ActionForm
                      action={remove}
                      hidden={{ comparisonId: c.id }}
                      label="Delete"
                      variant="danger"
                      confirm={`Delete the saved comparison “${c.name}”?`}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
          {load.pageCount > 1 && (
            <nav aria-label="Saved comparisons pages" className="mt-3 flex items-center gap-2 text-sm">
              <Button
                type="button"
                variant="secondary"
                disabled={load.page <= 1}
                onClick={() => setPage(load.page - 1)}
              >
                Previous
              </Button>
              <span aria-live="polite">
                Page {load.page} of {load.pageCount} ({load.total} saved)
              </span>
              <Button
                type="button"
                variant="secondary"
                disabled={load.page >= load.pageCount}
                onClick={() => setPage(load.page + 1)}
              >
                Next
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
