import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors/app-error";

/**
 * The raw body, refused with `tooLarge()` as soon as it passes `max` bytes, declared or
 * streamed: nothing bigger is ever buffered.
 */
export async function readBodyLimited(
  req: NextRequest,
  max: number,
  tooLarge = () => new AppError("payload_too_large", `The body exceeds ${max} bytes.`),
): Promise<Buffer<ArrayBuffer>> {
  if (Number(req.headers.get("content-length") ?? NaN) > max) throw tooLarge();
  const reader = req.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
    if (done || !value) break;
    size += value.byteLength;
    if (size > max) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body, refusing more than `maxBytes` (413) before parsing anything. */
export async function readJsonBody(req: NextRequest, maxBytes = 64 * 1024): Promise<unknown> {
  if (Number(req.headers.get("content-length") ?? NaN) > maxBytes)
    throw new AppError("payload_too_large", `The body exceeds ${maxBytes} bytes.`);
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("validation_failed", "Send the body as application/json.", [
      { field: "(body)", message: "expected application/json" },
    ]);
  }
  const body = await readBodyLimited(req, maxBytes);
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("validation_failed", "The body is not valid JSON.", [
      { field: "(body)", message: "not valid JSON" },
    ]);
  }
}
