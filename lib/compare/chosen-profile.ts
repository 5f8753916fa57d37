import { EQUAL_WEIGHTS_PROFILE, type WeightProfile } from "../scoring/profiles";
import type { ComparisonData } from "./types";

/** The profile a view shows: the one named in the address, else equal weights, else the first. */
export function chosenProfile(data: ComparisonData, profileId: string): WeightProfile {
  return (
    data.profiles.find((p) => p.id === profileId) ??
    data.profiles.find((p) => p.id === "equal") ??
    data.profiles[0] ??
    EQUAL_WEIGHTS_PROFILE
  );
}
