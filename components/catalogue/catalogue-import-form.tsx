"use client";

import { Upload } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "../ui/form";

type Result =
  | { kind: "ok"; slug: string; version: string; criteriaCount: number }
  | { kind: "error"; message: string; issues: Array<{ field: string; message: string }> };

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Uploads an OSCAL catalog (JSON) or a CISO Assistant library (YAML) with XMLHttpRequest,
 * because fetch still cannot report upload progress; the route uses the session cookie.
 */
export function CatalogueImportForm({ workspace }: { workspace: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || !file.size) {
      setResult({ kind: "error", message: "Choose a file first.", issues: [] });
      return;
    }
    if (file.size > MAX_BYTES) {
      setResult({ kind: "error", message: `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`, issues: [] });
      return;
    }
    if (!String(data.get("version") ?? "").trim()) data.delete("version");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/w/${encodeURIComponent(workspace)}/catalogues/import`);
    xhr.responseType = "json";
    xhr.upload.onprogress = (ev) => { if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100)); };
    xhr.onload = () => {
      setProgress(null);
      const body = xhr.response as { slug?: string; version?: string; criteriaCount?: number; error?: { message: string; issues?: Array<{ field: string; message: string }> } } | null;
      if (xhr.status === 201 && body?.slug) {
        setResult({ kind: "ok", slug: body.slug, version: body.version!, criteriaCount: body.criteriaCount! });
        form.current?.reset();
        router.refresh();
      } else {
        setResult({ kind: "error", message: body?.error?.message ?? `The upload failed (HTTP ${xhr.status}).`, issues: body?.error?.issues ?? [] });
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setResult({ kind: "error", message: "The upload failed: the server could not be reached.", issues: [] });
    };
    setResult(null);
    setProgress(0);
    xhr.send(data);
  }

  const busy = progress !== null;
  return (
    <form ref={form} onSubmit={submit} className="grid gap-3" aria-busy={busy}>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <div className="grid gap-1">
          <label htmlFor="catalogue-file" className="text-sm font-medium">Catalogue file</label>
          <input id="catalogue-file" name="file" type="file" required accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            aria-describedby="catalogue-file-hint"
            className="text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-fg" />
          <p id="catalogue-file-hint" className="text-xs text-muted">OSCAL catalog (JSON) or CISO Assistant library (YAML), up to 5 MB.</p>
        </div>
        <div className="grid gap-1">
          <label htmlFor="catalogue-version" className="text-sm font-medium">Version (optional)</label>
          <input id="catalogue-version" name="version" maxLength={50} placeholder="from the file"
            aria-describedby="catalogue-version-hint"
            className="h-10 w-full rounded-md border border-border bg-surface px-3 text-base text-fg placeholder:text-muted focus:border-accent focus:outline-none" />
          <p id="catalogue-version-hint" className="text-xs text-muted">To import a file again as a new version.</p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy} aria-disabled={busy}><Upload aria-hidden size={16} />{busy ? "Uploading…" : "Import catalogue"}</Button>
        {busy && (
          <div className="flex items-center gap-2 text-sm text-muted" data-testid="upload-progress">
            <progress max={100} value={progress} aria-label="Upload progress" className="h-2 w-40" />
            <span aria-live="polite">{progress === 100 ? "Processing…" : `${progress} %`}</span>
          </div>
        )}
      </div>
      {result?.kind === "ok" && (
        <p role="status" className="rounded-md border border-ok px-3 py-2 text-sm text-ok">
          Imported <Link href={`/w/${workspace}/catalogues/${result.slug}/${result.version}`}>{result.slug} {result.version}</Link> with {result.criteriaCount} criteria.
        </p>
      )}
      {result?.kind === "error" && (
        <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          <p>{result.message}</p>
          {result.issues.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {result.issues.slice(0, 5).map((i) => <li key={`${i.field}:${i.message}`}><code>{i.field}</code>: {i.message}</li>)}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
