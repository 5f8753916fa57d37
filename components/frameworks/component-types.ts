import type { COMPONENT_TYPES } from "@/lib/schemas/framework";

export type ComponentType = (typeof COMPONENT_TYPES)[number];

// A type-only link to the schema keeps zod out of the client bundle while the compiler still
// insists that every component type has a label.
export const COMPONENT_TYPE_LABELS = {
  edge: "Edge",
  gateway: "Gateway",
  cloud: "Cloud",
  mobile: "Mobile",
} as const satisfies Record<ComponentType, string>;

export const componentTypeLabel = (t: string) => (COMPONENT_TYPE_LABELS as Record<string, string>)[t] ?? t;
