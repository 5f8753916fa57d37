import type { OscalPart, OscalProp, oscalParamSchema } from "./catalog-schema";
import type { z } from "zod";

type Param = z.infer<typeof oscalParamSchema>;

export const SCORECARD_NS = "https://scorecard.invalid/ns/oscal";

export const propValue = (props: OscalProp[] | undefined, name: string, ns?: string) =>
  props?.find((p) => p.name === name && (ns === undefined ? !p.ns || !p.ns.includes("scorecard") : p.ns === ns) && !p.class)?.value
  ?? props?.find((p) => p.name === name && (ns === undefined || p.ns === ns))?.value;

/** `{{ insert: param, ac-1_prm_1 }}` → "[Assignment: organization-defined personnel]". */
export function resolveInserts(prose: string, params: Map<string, Param>, depth = 0): string {
  return prose.replace(/\{\{\s*insert:\s*param,\s*([\w.-]+)\s*\}\}/g, (_, id: string) => {
    const p = params.get(id);
    if (p?.label) return `[Assignment: ${p.label}]`;
    // Choices may themselves insert parameters (800-53 does); resolve those too, a few levels
    // deep at most, so no raw template text reaches the description (or a re-import).
    if (p?.select?.choice?.length) {
      const choices = p.select.choice.map((c) => (depth < 3 ? resolveInserts(c, params, depth + 1) : c));
      return `[Selection: ${choices.join("; ")}]`;
    }
    return `[${id}]`;
  });
}

/** A part and its sub-parts as plain text, items prefixed by their labels ("a.", "1."). */
export function flattenPart(part: OscalPart, params: Map<string, Param>, indent = ""): string {
  const label = propValue(part.props, "label");
  const own = part.prose ? `${indent}${label ? `${label} ` : ""}${resolveInserts(part.prose, params)}` : "";
  const children = (part.parts ?? [])
    .filter((p) => p.ns !== SCORECARD_NS)
    .map((p) => flattenPart(p, params, own ? `${indent}  ` : indent));
  return [own, ...children].filter(Boolean).join("\n");
}
