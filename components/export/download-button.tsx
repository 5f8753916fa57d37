"use client";

import { Download } from "lucide-react";
import { useState } from "react";
import { Button } from "../ui/button";

type State =
  | { kind: "idle" }
  | { kind: "loading"; received: number; total: number }
  | { kind: "error"; message: string };

/** The server's name for the file (our routes send a plain ASCII `filename="…"`). */
function filenameOf(disposition: string | null, fallback: string) {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function readBody(res: Response, onProgress: (received: number) => void) {
  if (!res.body) return [new Uint8Array(await res.arrayBuffer())];
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value);
    received += value.byteLength;
    onProgress(received);
  }
}

/**
 * Fetches a server export with the session cookie and saves it. A plain link would give no
 * progress and, on an error, would navigate to a JSON error page; reading the streamed body
 * against Content-Length lets the button show both.
 */
export function DownloadButton({
  href,
  label,
  fallbackName,
}: {
  href: string;
  label: string;
  fallbackName: string;
}) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const run = async () => {
    setState({ kind: "loading", received: 0, total: 0 });
    try {
      const res = await fetch(href, { credentials: "same-origin", cache: "no-store" });
      // A lapsed session is redirected to the sign-in page, which must not be saved as the file.
      if (res.redirected) throw new Error("Your session has ended; sign in again to download.");
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `The download failed (HTTP ${res.status}).`);
      }
      const total = Number(res.headers.get("content-length")) || 0;
      const chunks = await readBody(res, (received) => setState({ kind: "loading", received, total }));
      save(
        new Blob(chunks as BlobPart[], {
          type: res.headers.get("content-type") ?? "application/octet-stream",
        }),
        filenameOf(res.headers.get("content-disposition"), fallbackName),
      );
      setState({ kind: "idle" });
    } catch (err) {
      setState({
        kind: "error",
        message:
          err instanceof Error && err.message !== "Failed to fetch"
            ? err.message
            : "The download failed; check your connection and try again.",
      });
    }
  };
  const loading = state.kind === "loading";
  const percent =
    loading && state.total > 0 ? Math.min(100, Math.round((state.received / state.total) * 100)) : null;
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        type="button"
        onClick={run}
        disabled={loading}
        aria-busy={loading}
        data-testid={`download-${label.toLowerCase()}`}
        variant="secondary"
        size="sm"
      >
        <Download aria-hidden className="h-4 w-4" />
        {label}
      </Button>
      {loading && (
        <span role="status" className="flex items-center gap-1 text-xs text-muted">
          <progress
            className="h-1.5 w-16"
            max={100}
            {...(percent === null ? {} : { value: percent })}
            aria-label={`${label} download progress`}
          />
          {percent === null ? "Preparing…" : `${percent} %`}
        </span>
      )}
      {state.kind === "error" && (
        <span role="alert" className="max-w-56 text-xs text-danger">
          {state.message}
        </span>
      )}
    </span>
  );
}
