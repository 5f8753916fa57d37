import { NextResponse, type NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current";
import { MAX_BACKUP_BYTES } from "@/lib/backup/schema";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api";
import { readBodyLimited } from "@/lib/http/body";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { restoreWorkspace } from "@/lib/services/admin/workspace-restore";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Restores a workspace backup (the JSON file as the body) into a new workspace owned by the
 * signed-in user; `?me=<email in the backup>` says which of the backup's people is the
 * restorer (default: the restorer's own email). A route rather than a server action: backups outgrow the 1 MB action limit,
 * and the form shows upload progress. Session only (the service refuses API tokens).
 */
export const POST = apiRoute(async (req: NextRequest) => {
  assertSameOrigin(req);
  const actor = await currentActor();
  if (!actor) throw new AppError("unauthorized", "Sign in first.");
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("validation_failed", "Send the backup file as application/json.", [
      { field: "Content-Type", message: "expected application/json" },
    ]);
  }
  const body = await readBodyLimited(
    req,
    MAX_BACKUP_BYTES,
    () => new AppError("payload_too_large", `The backup exceeds ${MAX_BACKUP_BYTES / 1024 / 1024} MB.`),
  );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body).replace(/^\uFEFF/, "");
  } catch {
    throw new AppError("validation_failed", "The backup is not UTF-8 text.", [
      { field: "(body)", message: "not UTF-8 text" },
    ]);
  }
  const me = req.nextUrl.searchParams.get("me");
  const ws = await restoreWorkspace(actor, text, me === null || me === "" ? {} : { me });
  return NextResponse.json(
    { slug: ws.slug, name: ws.name, evaluations: ws.evaluations, scores: ws.scores },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});
