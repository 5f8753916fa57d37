import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_CATALOGUE_BYTES } from "../services/catalogues/catalogue-import";
import { readCatalogueUpload } from "./catalogue-upload";

const URL_ = "http://localhost/api/v1/catalogues/import";
type Init = ConstructorParameters<typeof NextRequest>[1];
// duplex is needed by undici for stream bodies but is not in the DOM typings yet.
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest(URL_, { method: "POST", body, headers, duplex: "half" } as Init);

/** A body that arrives in chunks with no Content-Length, like a chunked upload. */
function streamOf(bytes: number) {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(256 * 1024, bytes - sent)).fill(0x20);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("readCatalogueUpload", () => {
  it("reads JSON as OSCAL and YAML as CISO Assistant, with a version override", async () => {
    await expect(
      readCatalogueUpload(post('{"catalog":{}}', { "content-type": "application/json" })),
    ).resolves.toEqual({ format: "oscal", text: '{"catalog":{}}' });
    await expect(
      readCatalogueUpload(post("urn: x", { "content-type": "text/yaml; charset=utf-8" }), { version: "2" }),
    ).resolves.toEqual({ format: "ciso-assistant", text: "urn: x", version: "2" });
  });

  it("names a mapping, not a catalogue, in a mapping upload's refusals", async () => {
    const big = { "content-type": "application/json", "content-length": String(MAX_CATALOGUE_BYTES + 1) };
    await expect(readCatalogueUpload(post("{}", big), {}, "mapping")).rejects.toMatchObject({
      code: "payload_too_large",
      message: expect.stringMatching(/^The mapping file exceeds/),
    });
    await expect(
      readCatalogueUpload(post("x", { "content-type": "text/plain" }), {}, "mapping"),
    ).rejects.toMatchObject({
      message: expect.stringContaining("an OSCAL mapping-collection as application/json"),
    });
    await expect(readCatalogueUpload(post(new FormData()), {}, "mapping")).rejects.toMatchObject({
      message: "Attach the mapping file as the `file` field.",
    });
  });

  it("reads a multipart upload's file, name and fields", async () => {
    const form = new FormData();
    form.append("file", new Blob(["\uFEFFurn: y"], { type: "application/octet-stream" }), "lib.yaml");
    form.append("version", " v9 ");
    await expect(readCatalogueUpload(post(form))).resolves.toEqual({
      text: "urn: y",
      filename: "lib.yaml",
      version: "v9",
    });
  });

  it("refuses oversized bodies with 413, declared or streamed", async () => {
    await expect(
      readCatalogueUpload(
        post("{}", { "content-type": "application/json", "content-length": String(MAX_CATALOGUE_BYTES + 1) }),
      ),
    ).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    await expect(
      readCatalogueUpload(post(streamOf(MAX_CATALOGUE_BYTES + 10), { "content-type": "application/yaml" })),
    ).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("names what is wrong: content type, missing file, non-UTF-8 text", async () => {
    await expect(readCatalogueUpload(post("x", { "content-type": "text/plain" }))).rejects.toMatchObject({
      code: "validation_failed",
      issues: [{ field: "Content-Type" }],
    });
    const empty = new FormData();
    empty.append("version", "1");
    await expect(readCatalogueUpload(post(empty))).rejects.toMatchObject({ issues: [{ field: "file" }] });
    await expect(
      readCatalogueUpload(post(new Uint8Array([0xff, 0xfe, 0x00]), { "content-type": "application/json" })),
    ).rejects.toMatchObject({ issues: [{ field: "(body)", message: "not UTF-8 text" }] });
  });
});
