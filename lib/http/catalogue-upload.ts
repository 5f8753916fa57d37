import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors/app-error";
import { readBodyLimited } from "./body";
import { MAX_CATALOGUE_BYTES, type ImportRequest } from "../services/catalogues/catalogue-import";

// Room for the multipart envelope (boundaries, part headers, small fields) around the file.
const MULTIPART_SLACK = 64 * 1024;

/** What the upload holds: the errors name it (a mapping upload is not told about catalogues). */
export type UploadKind = "catalogue" | "mapping";
const ACCEPTED: Record<UploadKind, { json: string; yaml: string }> = {
  catalogue: { json: "an OSCAL catalog", yaml: "a CISO Assistant library" },
  mapping: { json: "an OSCAL mapping-collection", yaml: "a CISO Assistant mapping library" },
};
const tooLarge = (kind: UploadKind) => () =>
  new AppError("payload_too_large", `The ${kind} file exceeds ${MAX_CATALOGUE_BYTES} bytes.`);
const wrongType = (kind: UploadKind) =>
  new AppError(
    "validation_failed",
    `Send ${ACCEPTED[kind].json} as application/json, ${ACCEPTED[kind].yaml} as application/yaml (or text/yaml), or a multipart/form-data upload with a \`file\` field.`,
    [
      {
        field: "Content-Type",
        message: "expected application/json, application/yaml, text/yaml or multipart/form-data",
      },
    ],
  );

const readLimited = (req: NextRequest, max: number, kind: UploadKind) =>
  readBodyLimited(req, max, tooLarge(kind));

function utf8(bytes: Uint8Array, field: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new AppError("validation_failed", "The file is not UTF-8 text.", [
      { field, message: "not UTF-8 text" },
    ]);
  }
}

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
};

/**
 * A catalogue (or mapping) upload in any of the accepted shapes → the import service's input (which
 * validates it). JSON means OSCAL and YAML means CISO Assistant; a multipart upload is
 * recognised by its content (or an explicit `format` field). `version` may come as a query
 * parameter or a form field.
 */
export async function readCatalogueUpload(
  req: NextRequest,
  overrides: { version?: string } = {},
  kind: UploadKind = "catalogue",
): Promise<ImportRequest> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (/^application\/json\b/.test(type)) {
    return {
      format: "oscal",
      text: utf8(await readLimited(req, MAX_CATALOGUE_BYTES, kind), "(body)"),
      ...overrides,
    };
  }
  if (/^(application|text)\/(x-)?yaml\b/.test(type)) {
    return {
      format: "ciso-assistant",
      text: utf8(await readLimited(req, MAX_CATALOGUE_BYTES, kind), "(body)"),
      ...overrides,
    };
  }
  if (!/^multipart\/form-data\b/.test(type)) throw wrongType(kind);
  const bytes = await readLimited(req, MAX_CATALOGUE_BYTES + MULTIPART_SLACK, kind);
  let form: FormData;
  try {
    form = await new Response(bytes, {
      headers: { "content-type": req.headers.get("content-type")! },
    }).formData();
  } catch {
    throw new AppError("validation_failed", "The multipart body could not be read.", [
      { field: "(body)", message: "malformed multipart/form-data" },
    ]);
  }
  const file = form.get("file");
  if (!file || typeof file === "string")
    throw new AppError("validation_failed", `Attach the ${kind} file as the \`file\` field.`, [
      { field: "file", message: "required" },
    ]);
  if (file.size > MAX_CATALOGUE_BYTES) throw tooLarge(kind)();
  const format = field(form, "format");
  return {
    text: utf8(new Uint8Array(await file.arrayBuffer()), "file"),
    filename: file.name.slice(0, 200) || undefined,
    ...(format ? { format: format as ImportRequest["format"] } : {}),
    ...(field(form, "version") ? { version: field(form, "version") } : {}),
    ...overrides,
  };
}
