import type { WeightProfile } from "../../scoring/profiles";

const weights = (w: Readonly<Record<string, number>>) =>
  Object.entries(w)
    .map(([k, x]) => `${k} ×${x}`)
    .join(", ");

/**
 * A weight profile in one line for the profiles list: its section weights ("all ×1" when it
 * lists none, since unlisted sections weigh 1), then criterion weights and knock-outs if any.
 */
export function profileSummary(p: Pick<WeightProfile, "sectionWeights" | "criterionWeights" | "knockouts">) {
  return {
    sections: weights(p.sectionWeights) || "all ×1",
    criteria: weights(p.criterionWeights) || null,
    knockouts: p.knockouts.map((k) => `${k.criterionKey} ≥ ${k.threshold}`).join(", ") || null,
  };
}

/** A profile as the list shows it; presets are built in and can never be deleted. */
export function profileListItem(p: WeightProfile & { preset: boolean }, manage: boolean) {
  return {
    id: p.id,
    name: p.name,
    preset: p.preset,
    deletable: manage && !p.preset,
    summary: profileSummary(p),
  };
}
