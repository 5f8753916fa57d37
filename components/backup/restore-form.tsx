"use client";

import { Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "../ui/form";
import { fileProblem, UploadErrorAlert, uploadError, UploadProgress, useUpload, type UploadError } from "../ui/upload";

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Uploads a workspace backup (JSON) to /restore with its progress shown; on success the new
 * workspace opens. Errors name the backup's fields (`$.evaluations[3]…`).
 */
export function RestoreForm() {
  const router = useRouter();
  const upload = useUpload();
  const [error, setError] = useState<UploadError | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get("backup");
    const problem = fileProblem(file, MAX_BYTES, "backup file");
    if (problem) return setError(problem);
    setError(null);
    const answer = await upload.send("/restore", file as File, "application/json");
    const slug = answer.body?.slug;
    if (answer.status === 201 && typeof slug === "string") return router.push(`/w/${slug}`);
    upload.done();
    setError(uploadError(answer, "restore"));
  }

  return (
    <form onSubmit={submit} className="grid gap-3" aria-busy={upload.busy}>
      <div className="grid gap-1">
        <label htmlFor="backup-file" className="text-sm font-medium">Backup file</label>
        <input id="backup-file" name="backup" type="file" required accept=".json,application/json" aria-describedby="backup-file-hint"
          className="text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-fg" />
        <p id="backup-file-hint" className="text-xs text-muted">A workspace backup (JSON), up to 20 MB. It becomes a new workspace that you own.</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={upload.busy} aria-disabled={upload.busy}><Upload aria-hidden size={16} />{upload.busy ? "Restoring…" : "Restore workspace"}</Button>
        <UploadProgress progress={upload.progress} processing="Restoring…" testId="restore-progress" />
      </div>
      <UploadErrorAlert error={error} />
    </form>
  );
}
