"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import {
  FileField,
  fileProblem,
  UploadErrorAlert,
  uploadError,
  UploadSubmit,
  useUpload,
  type UploadError,
} from "../ui/upload";

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
    const form = new FormData(e.currentTarget);
    const file = form.get("backup");
    const me = String(form.get("me") ?? "").trim();
    const problem = fileProblem(file, MAX_BYTES, "backup file");
    if (problem) return setError(problem);
    setError(null);
    const answer = await upload.send(
      me ? `/restore?me=${encodeURIComponent(me)}` : "/restore",
      file as File,
      "application/json",
    );
    const slug = answer.body?.slug;
    if (answer.status === 201 && typeof slug === "string") return router.push(`/w/${slug}`);
    upload.done();
    setError(uploadError(answer, "restore"));
  }

  return (
    <form onSubmit={submit} className="grid gap-3" aria-busy={upload.busy}>
      <FileField
        name="backup"
        label="Backup file"
        accept=".json,application/json"
        hint="A workspace backup (JSON), up to 20 MB. It becomes a new workspace that you own."
      />
      <div className="grid gap-1">
        <label htmlFor="backup-me" className="text-sm font-medium">
          You in the backup (optional)
        </label>
        <input
          id="backup-me"
          name="me"
          type="text"
          maxLength={320}
          autoComplete="off"
          aria-describedby="backup-me-hint"
          className="h-9 rounded-md border border-border bg-surface px-3 text-sm"
        />
        <p id="backup-me-hint" className="text-xs text-muted">
          The email you had in the backed-up workspace, if it differs from your account&apos;s: its scores
          become yours. Everyone else comes back as a disabled placeholder reviewer, never as an account of
          this installation.
        </p>
      </div>
      <UploadSubmit
        upload={upload}
        label="Restore workspace"
        busyLabel="Restoring…"
        processing="Restoring…"
        testId="restore-progress"
        variant="secondary"
      />
      <UploadErrorAlert error={error} />
    </form>
  );
}
