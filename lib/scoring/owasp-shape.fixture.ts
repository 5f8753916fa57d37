import type { CatalogueShape } from "./types";

/** The OWASP IoT catalogue's shape as the importer keys it: EDGE-01…, GW-01…, etc. */
export const OWASP_SECTION_SIZES: ReadonlyArray<readonly [string, number]> = [
  ["EDGE", 26],
  ["GW", 8],
  ["CLOUD", 16],
  ["MOBILE", 8],
];

export function owaspShape(inScope: readonly string[] = ["EDGE", "GW", "CLOUD", "MOBILE"]): CatalogueShape {
  return {
    sections: OWASP_SECTION_SIZES.map(([key, size]) => ({
      key,
      criterionKeys: Array.from({ length: size }, (_, i) => `${key}-${String(i + 1).padStart(2, "0")}`),
      inScope: inScope.includes(key),
    })),
  };
}
