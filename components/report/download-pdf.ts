/** Progress of a PDF download, as the button shows it. */
export type PdfProgress =
  | { state: "idle" }
  | { state: "generating" }
  | { state: "downloading"; percent: number | null }
  | { state: "done" }
  | { state: "error"; message: string };

const nameFrom = (disposition: string | null, fallback: string) =>
  disposition?.match(/filename="([A-Za-z0-9._-]+)"/)?.[1] ?? fallback;

/**
 * Fetches a report and saves it. The server renders the whole PDF before the first byte, so
 * "generating" lasts until the response arrives; after that the body is read in chunks
 * against Content-Length for a percentage. Errors come back as the API's JSON message.
 */
export async function downloadPdf(href: string, onProgress: (p: PdfProgress) => void, signal?: AbortSignal) {
  onProgress({ state: "generating" });
  const res = await fetch(href, { credentials: "same-origin", cache: "no-store", signal });
  if (!res.ok || !res.body) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The report could not be generated (HTTP ${res.status}).`);
  }
  const total = Number(res.headers.get("Content-Length")) || null;
  const reader = res.body.getReader();
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress({ state: "downloading", percent: total ? 0 : null });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({
      state: "downloading",
      percent: total ? Math.min(100, Math.round((received / total) * 100)) : null,
    });
  }
  const url = URL.createObjectURL(new Blob(chunks, { type: "application/pdf" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = nameFrom(res.headers.get("Content-Disposition"), "report.pdf");
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  onProgress({ state: "done" });
}
