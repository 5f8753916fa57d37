import { EQUAL_WEIGHTS_PROFILE, type WeightProfile } from "./profiles";
import { rankVendors, type VendorInput } from "./ranking";
import type { CatalogueShape, ConsensusValue } from "./types";

/**
 * Test fixture of the sensitivity suites (examples and properties): two sections × two criteria
 * on 0..4, where one criterion point moves its section score by 12.5.
 */
export const shape: CatalogueShape = {
  max: 4,
  sections: [
    { key: "S1", criterionKeys: ["S1-1", "S1-2"] },
    { key: "S2", criterionKeys: ["S2-1", "S2-2"] },
  ],
};

export function vendor(name: string, [a, b, c, d]: ConsensusValue[]): VendorInput {
  return { id: name.toLowerCase(), name, shape, consensus: { "S1-1": a, "S1-2": b, "S2-1": c, "S2-2": d } };
}

export function profile(parts: Partial<WeightProfile>): WeightProfile {
  return { ...EQUAL_WEIGHTS_PROFILE, id: "custom", name: "Custom", ...parts };
}

export const order = (vendors: VendorInput[], p: WeightProfile) => rankVendors(vendors, p).map((r) => r.id);
