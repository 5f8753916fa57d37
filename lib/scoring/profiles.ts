import { ownValue } from "./input-checks";

/** A knock-out: a consensus below `threshold` disqualifies the vendor under the profile. */
export interface Knockout {
  criterionKey: string;
  threshold: number;
}

/**
 * A weight profile. Sections and criteria not listed weigh 1; a weight of 0 takes a section
 * or criterion out of the profile's scores.
 */
export interface WeightProfile {
  id: string;
  name: string;
  sectionWeights: Readonly<Record<string, number>>;
  criterionWeights: Readonly<Record<string, number>>;
  knockouts: readonly Knockout[];
}

export const DEFAULT_WEIGHT = 1;

export function sectionWeight(profile: WeightProfile, sectionKey: string): number {
  return ownValue(profile.sectionWeights, sectionKey) ?? DEFAULT_WEIGHT;
}

export function criterionWeight(profile: WeightProfile, criterionKey: string): number {
  return ownValue(profile.criterionWeights, criterionKey) ?? DEFAULT_WEIGHT;
}

// Presets are shared by every caller (server and browser); freezing stops one caller's
// edit from silently changing another's scores.
function preset(profile: WeightProfile): WeightProfile {
  Object.freeze(profile.sectionWeights);
  Object.freeze(profile.criterionWeights);
  profile.knockouts.forEach((k) => Object.freeze(k));
  Object.freeze(profile.knockouts);
  return Object.freeze(profile);
}

/** Every section and criterion weighs 1, no knock-outs: the plain formula. */
export const EQUAL_WEIGHTS_PROFILE: WeightProfile = preset({
  id: "equal",
  name: "Equal weights",
  sectionWeights: {},
  criterionWeights: {},
  knockouts: [],
});

/*
 * The presets of product.md, keyed to the OWASP IoT catalogue (sections EDGE, GW, CLOUD,
 * MOBILE). Our judgement, meant as a starting point for custom profiles:
 * - Consumer device with mobile app: the device and the app are what the buyer holds and
 *   what attackers reach first (EDGE 3, MOBILE 3); the vendor cloud matters (CLOUD 2); a
 *   hub or gateway is often absent or the phone plays that role (GW 1). Default passwords
 *   and unverified updates are the classic mass-compromise paths (Mirai), so they knock out.
 * - Industrial gateway-centric: the gateway bridges plant networks and the cloud (GW 3);
 *   field devices and the platform still count (EDGE 2, CLOUD 2); mobile apps are rare
 *   add-ons (MOBILE 0.5). Unencrypted or unauthenticated gateway links knock out.
 * - Cloud-only platform: only the platform and its companion app are in play (CLOUD 3,
 *   MOBILE 1); device and gateway sections say nothing about it (EDGE 0, GW 0).
 *   Weak authentication and missing tenant segregation knock out.
 * Knock-out thresholds of 3 mean "at least Supported" on the default 0–4 scale.
 */
export const CONSUMER_DEVICE_PROFILE: WeightProfile = preset({
  id: "consumer-device",
  name: "Consumer device with mobile app",
  sectionWeights: { EDGE: 3, MOBILE: 3, CLOUD: 2, GW: 1 },
  criterionWeights: { "EDGE-04": 2, "EDGE-05": 2, "EDGE-07": 2, "MOBILE-02": 2, "MOBILE-06": 2 },
  knockouts: [
    { criterionKey: "EDGE-07", threshold: 3 },
    { criterionKey: "EDGE-05", threshold: 3 },
    { criterionKey: "MOBILE-06", threshold: 3 },
  ],
});

export const INDUSTRIAL_GATEWAY_PROFILE: WeightProfile = preset({
  id: "industrial-gateway",
  name: "Industrial gateway-centric",
  sectionWeights: { GW: 3, EDGE: 2, CLOUD: 2, MOBILE: 0.5 },
  criterionWeights: { "GW-01": 2, "GW-02": 2, "GW-04": 2, "GW-05": 2, "GW-06": 2 },
  knockouts: [
    { criterionKey: "GW-01", threshold: 3 },
    { criterionKey: "GW-02", threshold: 3 },
  ],
});

export const CLOUD_ONLY_PROFILE: WeightProfile = preset({
  id: "cloud-only",
  name: "Cloud-only platform",
  sectionWeights: { CLOUD: 3, MOBILE: 1, EDGE: 0, GW: 0 },
  criterionWeights: { "CLOUD-03": 2, "CLOUD-04": 2, "CLOUD-14": 2, "CLOUD-16": 2 },
  knockouts: [
    { criterionKey: "CLOUD-03", threshold: 3 },
    { criterionKey: "CLOUD-14", threshold: 3 },
  ],
});

/** The built-in profiles, in the order a picker shows them. */
export const PRESET_PROFILES: readonly WeightProfile[] = Object.freeze([
  EQUAL_WEIGHTS_PROFILE,
  CONSUMER_DEVICE_PROFILE,
  INDUSTRIAL_GATEWAY_PROFILE,
  CLOUD_ONLY_PROFILE,
]);

/** A built-in profile by id, e.g. from the comparison URL; undefined for unknown ids. */
export function presetProfile(id: string): WeightProfile | undefined {
  return PRESET_PROFILES.find((p) => p.id === id);
}
