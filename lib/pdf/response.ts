import "server-only";
import type { Report } from "../services/reports/reports";

/**
 * A report as a download: never cached (it is as fresh and as private as the data), and
 * saved under a name built from ASCII letters and digits only (safeFileName), so user text
 * cannot break the header.
 */
export function pdfResponse(report: Report, extra: Record<string, string> = {}) {
  return new Response(new Uint8Array(report.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${report.fileName}"`,
      "Content-Length": String(report.pdf.length),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...extra,
    },
  });
}
