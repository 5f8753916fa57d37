import "server-only";
import type { CatalogueFile } from "../services/catalogues/catalogue-export";

/** A catalogue export as a download; the filename is built from a validated slug and version. */
export function catalogueFileResponse(file: CatalogueFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": `${file.contentType}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
