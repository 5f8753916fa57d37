import { sensitivity, type Sensitivity } from "../scoring/sensitivity";
import { chosenProfile } from "./chosen-profile";
import type { ComparisonData } from "./types";
import { vendorInput } from "./vendor-input";

/** Sensitivity worked out for the profile it was worked out for (so the browser knows when to redo it). */
export interface ProfileSensitivity {
  profileId: string;
  value: Sensitivity | null;
}

/**
 * "What would change the ranking?" for the view's profile, on the server: the most expensive
 * part of the compare view ((presets + 1) × vendors evaluations) arrives as text in the HTML
 * instead of costing the phone's main thread after hydration (and moving the page as it lands).
 * Server-side only: importing this module into a client component would ship sensitivity()
 * with the page (the browser loads it on demand, components/compare/use-sensitivity.ts).
 */
export function sensitivityForView(data: ComparisonData, profileId: string): ProfileSensitivity {
  const profile = chosenProfile(data, profileId);
  const inputs = data.vendors.map((v) => vendorInput(data, v));
  return { profileId: profile.id, value: sensitivity(inputs, profile) };
}
