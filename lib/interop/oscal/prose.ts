import type { OscalPart, OscalProp } from "./catalog-schema";
import type { ParamText } from "./param-text";

export const SCORECARD_NS = "https://scorecard.invalid/ns/oscal";

export const propValue = (props: OscalProp[] | undefined, name: string, ns?: string) =>
  props?.find(
    (p) =>
      p.name === name && (ns === undefined ? !p.ns || !p.ns.includes("scorecard") : p.ns === ns) && !p.class,
  )?.value ?? props?.find((p) => p.name === name && (ns === undefined || p.ns === ns))?.value;

/**
 * A part and its sub-parts as plain text, items prefixed by their labels ("a.", "1."), parameter
 * inserts resolved. `path` is the part's JSON path, for errors.
 */
export function flattenPart(part: OscalPart, params: ParamText, path: string, indent = ""): string {
  const label = propValue(part.props, "label");
  const own = part.prose
    ? `${indent}${label ? `${label} ` : ""}${params.expand(part.prose, `${path}.prose`)}`
    : "";
  const children = (part.parts ?? [])
    .map((p, i) => [p, i] as const)
    .filter(([p]) => p.ns !== SCORECARD_NS)
    .map(([p, i]) => flattenPart(p, params, `${path}.parts[${i}]`, own ? `${indent}  ` : indent));
  return [own, ...children].filter(Boolean).join("\n");
}

/** The name of the party holding `roleId` in OSCAL metadata (else the first party), if any. */
export function partyName(
  meta: {
    parties?: Array<{ uuid: string; name?: string }>;
    "responsible-parties"?: Array<{ "role-id": string; "party-uuids": string[] }>;
  },
  roleId: string,
): string | undefined {
  const ids = meta["responsible-parties"]?.find((r) => r["role-id"] === roleId)?.["party-uuids"] ?? [];
  const party = meta.parties?.find((p) => ids.includes(p.uuid)) ?? meta.parties?.[0];
  return party?.name?.trim() || undefined;
}
