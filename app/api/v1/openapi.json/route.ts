import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/http/openapi";
import { APP_VERSION } from "@/lib/services/admin/health";

export const dynamic = "force-static";

/** Public: describes the API, reveals no data. */
export function GET() {
  return NextResponse.json(openApiDocument(APP_VERSION));
}
