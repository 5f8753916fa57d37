import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors/app-error";

/** Reads a JSON body, refusing more than `maxBytes` (413) before parsing anything. */
export async function readJsonBody(req: NextRequest, maxBytes = 64 * 1024): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw new AppError("payload_too_large", `The body exceeds ${maxBytes} bytes.`);
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("validation_failed", "Send the body as application/json.", [{ field: "(body)", message: "expected application/json" }]);
  }
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw new AppError("payload_too_large", `The body exceeds ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("validation_failed", "The body is not valid JSON.", [{ field: "(body)", message: "not valid JSON" }]);
  }
}
