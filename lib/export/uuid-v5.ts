import { createHash } from "node:crypto";

/** Our namespace for name-based uuids (itself uuidv5(URL namespace, "urn:iot-framework-security-scorecard")). */
export const SCORECARD_NAMESPACE = "1135d1be-0719-51bb-bdfc-36b7e1e62d38";

/**
 * RFC 9562 version-5 uuid: the same name always gives the same uuid, so an OSCAL document
 * exported twice from the same data is identical and tools can track findings across exports.
 */
export function uuidV5(name: string, namespace = SCORECARD_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
