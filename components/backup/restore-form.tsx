"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "../ui/form";

type Issue = { field: string; message: string };
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Uploads a workspace backup (JSON) to /restore with XMLHttpRequest for its progress bar; on
 * success the new workspace opens. Errors name the backup's fields (`$.evaluations[3]…`).
 */
export function RestoreForm() {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<{ message: string; issues: Issue[] } | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("backup");
    if (!(file instanceof File) || !file.size) return setError({ message: "Choose a backup file first.", issues: [] });
    if (file.size > MAX_BYTES) return setError({ message: `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`, issues: [] });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/restore");
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (ev) => { if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100)); };
    xhr.onload = () => {
      const body = xhr.response as { slug?: string; error?: { message: string; issues?: Issue[] } } | null;
      if (xhr.status === 201 && body?.slug) {
        router.push(`/w/${body.slug}`);
        return;
      }
      setProgress(null);
      setError({ message: body?.error?.message ?? `The restore failed (HTTP ${xhr.status}).`, issues: body?.error?.issues ?? [] });
    };
    xhr.onerror = () => {
      setProgress(null);
      setError({ message: "The upload failed: the server could not be reached.", issues: [] });
    };
    setError(null);
    setProgress(0);
    xhr.send(file);
  }

  const busy = progress !== null;
  return (
    <form onSubmit={submit} className="grid gap-3" aria-busy={busy}>
      <div className="grid gap-1">
        <label htmlFor="backup-file" className="text-sm font-medium">Backup file</label>
        <input id="backup-file" name="backup" type="file" required accept=".json,application/json" aria-describedby="backup-file-hint"
          className="text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-fg" />
        <p id="backup-file-hint" className="text-xs text-muted">A workspace backup (JSON), up to 20 MB. It becomes a new workspace that you own.</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={busy} aria-disabled={busy}><Upload aria-hidden size={16} />{busy ? "Restoring…" : "Restore workspace"}</Button>
        {busy && (
          <div className="flex items-center gap-2 text-sm text-muted" data-testid="restore-progress">
            <progress max={100} value={progress} aria-label="Upload progress" className="h-2 w-40" />
            <span aria-live="polite">{progress === 100 ? "Restoring…" : `${progress} %`}</span>
          </div>
        )}
      </div>
      {error && (
        <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          <p>{error.message}</p>
          {error.issues.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {error.issues.slice(0, 5).map((i) => <li key={`${i.field}:${i.message}`}><code>{i.field}</code>: {i.message}</li>)}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
