"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  DOCUMENT_UPLOAD_BYTES,
  FileField,
  fileProblem,
  UploadErrorAlert,
  uploadError,
  UploadSubmit,
  useUpload,
  type UploadError,
} from "../ui/upload";

/** Uploads an OSCAL catalog (JSON) or a CISO Assistant library (YAML), with its progress shown. */
export function CatalogueImportForm({ workspace }: { workspace: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const upload = useUpload();
  const [error, setError] = useState<UploadError | null>(null);
  const [created, setCreated] = useState<{ slug: string; version: string; criteriaCount: number } | null>(
    null,
  );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const problem = fileProblem(data.get("file"), DOCUMENT_UPLOAD_BYTES, "file");
    setCreated(null);
    setError(problem);
    if (problem) return;
    if (!String(data.get("version") ?? "").trim()) data.delete("version");
    const answer = await upload.send(`/w/${encodeURIComponent(workspace)}/catalogues/import`, data);
    upload.done();
    const body = answer.body as { slug?: string; version?: string; criteriaCount?: number } | null;
    if (answer.status === 201 && body?.slug) {
      setCreated({ slug: body.slug, version: body.version!, criteriaCount: body.criteriaCount! });
      form.current?.reset();
      router.refresh();
    } else {
      setError(uploadError(answer, "upload"));
    }
  }

  return (
    <form ref={form} onSubmit={submit} className="grid gap-3" aria-busy={upload.busy}>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <FileField
          name="file"
          label="Catalogue file"
          accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
          hint="OSCAL catalog (JSON) or CISO Assistant library (YAML), up to 5 MB."
        />
        <div className="grid gap-1">
          <label htmlFor="catalogue-version" className="text-sm font-medium">
            Version (optional)
          </label>
          <input
            id="catalogue-version"
            name="version"
            maxLength={50}
            placeholder="from the file"
            aria-describedby="catalogue-version-hint"
            className="h-10 w-full rounded-md border border-border bg-surface px-3 text-base text-fg placeholder:text-muted focus:border-accent focus:outline-none"
          />
          <p id="catalogue-version-hint" className="text-xs text-muted">
            To import a file again as a new version.
          </p>
        </div>
      </div>
      <UploadSubmit
        upload={upload}
        label="Import catalogue"
        busyLabel="Uploading…"
        processing="Processing…"
        testId="upload-progress"
      />
      {created && (
        <p role="status" className="rounded-md border border-ok px-3 py-2 text-sm text-ok">
          Imported{" "}
          <Link href={`/w/${workspace}/catalogues/${created.slug}/${created.version}`}>
            {created.slug} {created.version}
          </Link>{" "}
          with {created.criteriaCount} criteria.
        </p>
      )}
      <UploadErrorAlert error={error} />
    </form>
  );
}
