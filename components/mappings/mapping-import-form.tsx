"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
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

/**
 * Uploads an OSCAL 1.2 mapping-collection (JSON) or a CISO Assistant mapping library (YAML)
 * with its progress shown, then opens the new set (a CISO file may hold one set each way:
 * the first is opened, both are listed).
 */
export function MappingImportForm({ workspace }: { workspace: string }) {
  const router = useRouter();
  const upload = useUpload();
  const [error, setError] = useState<UploadError | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const problem = fileProblem(data.get("file"), DOCUMENT_UPLOAD_BYTES, "mapping file");
    setError(problem);
    if (problem) return;
    const answer = await upload.send(`/w/${encodeURIComponent(workspace)}/mappings/import`, data);
    const sets = (answer.body as { mappingSets?: Array<{ id: string }> } | null)?.mappingSets;
    if (answer.status === 201 && sets?.length) {
      // Progress stays at "processing" until the detail page replaces this one.
      router.push(`/w/${encodeURIComponent(workspace)}/mappings/${sets[0].id}`);
      return;
    }
    upload.done();
    setError(uploadError(answer, "import"));
  }

  return (
    <form onSubmit={submit} className="grid gap-3" aria-busy={upload.busy}>
      <FileField
        name="file"
        label="Mapping file"
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        hint="OSCAL 1.2 mapping-collection (JSON) or CISO Assistant mapping library (YAML), up to 5 MB. Both catalogues must be here first: import a target's library on the catalogues page."
      />
      <UploadSubmit
        upload={upload}
        label="Import mapping set"
        busyLabel="Uploading…"
        processing="Processing…"
        testId="upload-progress"
      />
      <UploadErrorAlert error={error} />
    </form>
  );
}
