"use client";

import { Upload } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "./button";
import { LabelledControl } from "./labelled-control";
import { Muted } from "./muted";

export type Issue = { field: string; message: string };

/** The server's limit for a catalogue or mapping file (lib/interop/limits.ts), checked here to spare the upload. */
export const DOCUMENT_UPLOAD_BYTES = 5 * 1024 * 1024;
export interface UploadError {
  message: string;
  issues: Issue[];
}
export interface UploadAnswer {
  status: number;
  body: ({ error?: { message: string; issues?: Issue[] } } & Record<string, unknown>) | null;
}

/**
 * File uploads with a progress bar. XMLHttpRequest, because fetch still cannot report upload
 * progress; the routes behind it use the session cookie. Progress stays at 100 % until the
 * caller calls `done()`, so "processing…" shows while the server works and after a redirect.
 */
export function useUpload() {
  const [progress, setProgress] = useState<number | null>(null);
  const send = (url: string, body: XMLHttpRequestBodyInit, contentType?: string) =>
    new Promise<UploadAnswer>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      if (contentType) xhr.setRequestHeader("Content-Type", contentType);
      xhr.responseType = "json";
      xhr.upload.onprogress = (ev) => {
        if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
      };
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.response as UploadAnswer["body"] });
      xhr.onerror = () => resolve({ status: 0, body: null });
      setProgress(0);
      xhr.send(body);
    });
  return { progress, busy: progress !== null, send, done: () => setProgress(null) };
}

/** The error of a refused upload, with the fields the server named. */
export function uploadError({ status, body }: UploadAnswer, what: string): UploadError {
  if (status === 0) return { message: "The upload failed: the server could not be reached.", issues: [] };
  return {
    message: body?.error?.message ?? `The ${what} failed (HTTP ${status}).`,
    issues: body?.error?.issues ?? [],
  };
}

/** A size or presence check before anything is sent. */
export function fileProblem(
  file: FormDataEntryValue | null,
  maxBytes: number,
  noun: string,
): UploadError | null {
  if (!(file instanceof File) || !file.size) return { message: `Choose a ${noun} first.`, issues: [] };
  if (file.size > maxBytes)
    return { message: `The file is larger than ${maxBytes / 1024 / 1024} MB.`, issues: [] };
  return null;
}

export function UploadProgress({
  progress,
  processing,
  testId,
}: {
  progress: number | null;
  processing: string;
  testId: string;
}) {
  if (progress === null) return null;
  return (
    <Muted as="div" className="flex items-center gap-2" data-testid={testId}>
      <progress max={100} value={progress} aria-label="Upload progress" className="h-2 w-40" />
      <span aria-live="polite">{progress === 100 ? processing : `${progress} %`}</span>
    </Muted>
  );
}

export function UploadErrorAlert({ error }: { error: UploadError | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
      <p>{error.message}</p>
      {error.issues.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {error.issues.slice(0, 5).map((i) => (
            <li key={`${i.field}:${i.message}`}>
              <code>{i.field}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const fileInputClass =
  "text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-fg";

/** The file picker of an upload form, with its label and the hint that states formats and size. */
export function FileField({
  name,
  label,
  hint,
  accept,
}: {
  name: string;
  label: string;
  hint: ReactNode;
  accept: string;
}) {
  return (
    <LabelledControl name={name} label={label} hint={hint}>
      {(wiring) => (
        <input name={name} type="file" required accept={accept} {...wiring} className={fileInputClass} />
      )}
    </LabelledControl>
  );
}

/** The submit button of an upload form and, while it runs, the progress beside it. */
export function UploadSubmit({
  upload,
  label,
  busyLabel,
  processing,
  testId,
  variant,
}: {
  upload: { progress: number | null; busy: boolean };
  label: string;
  busyLabel: string;
  processing: string;
  testId: string;
  variant?: "primary" | "secondary";
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant={variant} disabled={upload.busy} aria-disabled={upload.busy}>
        <Upload aria-hidden size={16} />
        {upload.busy ? busyLabel : label}
      </Button>
      <UploadProgress progress={upload.progress} processing={processing} testId={testId} />
    </div>
  );
}
