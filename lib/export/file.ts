/** A finished export: the bytes plus what the HTTP response needs to present them as a download. */
export interface ExportFile {
  body: Uint8Array;
  contentType: string;
  filename: string;
}

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  oscal: "application/json; charset=utf-8",
} as const;

export type ExportFormat = keyof typeof CONTENT_TYPES;

const EXTENSIONS: Record<ExportFormat, string> = {
  csv: "csv",
  xlsx: "xlsx",
  json: "json",
  oscal: "assessment-results.json",
};

/**
 * An ASCII-only file name from user text (framework names may hold quotes, slashes, CJK…):
 * anything else becomes "-", so the Content-Disposition header can never be broken out of.
 */
export function safeFilename(base: string, date: string, format: ExportFormat) {
  const stem =
    base
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .replace(/-{2,}/g, "-")
      .replace(/\.{2,}/g, ".")
      .replace(/^[-.]+|[-.]+$/g, "")
      .slice(0, 80) || "export";
  return `${stem}-${date.slice(0, 10)}.${EXTENSIONS[format]}`;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** The download response: attachment, never cached (exports carry reviewer scores). */
export function fileResponse(file: ExportFile) {
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
