import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "../auth/actor";
import { currentActor } from "../auth/current";
import { AppError } from "../errors/app-error";
import type { ImportRequest } from "../services/catalogues/catalogue-import";
import { apiRoute } from "./api";
import { readCatalogueUpload, type UploadKind } from "./catalogue-upload";
import { assertSameOrigin } from "./same-origin";

/**
 * The UI's upload door of an import (the form posts here for its progress bar): authenticated
 * by the session, unlike /api/v1, so the request must come from our own pages (same origin).
 * The import service is the API's, so both doors check and store alike.
 */
export const sessionImportRoute = <T>(
  kind: UploadKind,
  importer: (actor: Actor, workspace: string, upload: ImportRequest) => Promise<T>,
) =>
  apiRoute<{ workspace: string }>(async (req, { workspace }) => {
    assertSameOrigin(req);
    const actor = await currentActor();
    if (!actor) throw new AppError("unauthorized", "Sign in first.");
    const created = await importer(actor, workspace, await readCatalogueUpload(req, {}, kind));
    return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
  });
