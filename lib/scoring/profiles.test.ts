import { describe, expect, it } from "vitest";
import { owaspShape } from "./owasp-shape.fixture";
import {
  CLOUD_ONLY_PROFILE,
  CONSUMER_DEVICE_PROFILE,
  EQUAL_WEIGHTS_PROFILE,
  INDUSTRIAL_GATEWAY_PROFILE,
  PRESET_PROFILES,
  criterionWeight,
  presetProfile,
  sectionWeight,
} from "./profiles";

const criterionKeys = new Set(owaspShape().sections.flatMap((s) => s.criterionKeys));
const sectionKeys = new Set(owaspShape().sections.map((s) => s.key));

describe("weight profiles", () => {
  it("offers the three presets of product.md besides equal weights", () => {
    expect(PRESET_PROFILES.map((p) => p.name)).toEqual([
      "Equal weights",
      "Consumer device with mobile app",
      "Industrial gateway-centric",
      "Cloud-only platform",
    ]);
    expect(new Set(PRESET_PROFILES.map((p) => p.id)).size).toBe(PRESET_PROFILES.length);
    expect(presetProfile("cloud-only")).toBe(CLOUD_ONLY_PROFILE);
    expect(presetProfile("constructor")).toBeUndefined();
  });

  it.each(PRESET_PROFILES.map((p) => [p.id, p] as const))(
    "%s has finite weights ≥ 0 on real keys",
    (_, profile) => {
      for (const [key, w] of Object.entries(profile.sectionWeights)) {
        expect(sectionKeys.has(key)).toBe(true);
        expect(Number.isFinite(w) && w >= 0).toBe(true);
      }
      for (const [key, w] of Object.entries(profile.criterionWeights)) {
        expect(criterionKeys.has(key)).toBe(true);
        expect(Number.isFinite(w) && w >= 0).toBe(true);
      }
      for (const { criterionKey, threshold } of profile.knockouts) {
        expect(criterionKeys.has(criterionKey)).toBe(true);
        expect(threshold).toBeGreaterThan(0);
        expect(threshold).toBeLessThanOrEqual(4);
      }
      // At least one section must count, or the overall score could never exist.
      expect([...sectionKeys].some((key) => sectionWeight(profile, key) > 0)).toBe(true);
    },
  );

  it("gives every preset but equal weights a couple of knock-outs", () => {
    for (const p of [CONSUMER_DEVICE_PROFILE, INDUSTRIAL_GATEWAY_PROFILE, CLOUD_ONLY_PROFILE]) {
      expect(p.knockouts.length).toBeGreaterThanOrEqual(2);
    }
    expect(CONSUMER_DEVICE_PROFILE.knockouts).toContainEqual({ criterionKey: "EDGE-07", threshold: 3 });
    expect(CLOUD_ONLY_PROFILE.knockouts).toContainEqual({ criterionKey: "CLOUD-03", threshold: 3 });
    expect(EQUAL_WEIGHTS_PROFILE.knockouts).toEqual([]);
  });

  it("weighs anything not listed 1, and never reads inherited properties", () => {
    expect(sectionWeight(CLOUD_ONLY_PROFILE, "EDGE")).toBe(0);
    expect(sectionWeight(CLOUD_ONLY_PROFILE, "GENERAL")).toBe(1);
    expect(criterionWeight(CLOUD_ONLY_PROFILE, "CLOUD-03")).toBe(2);
    expect(criterionWeight(CLOUD_ONLY_PROFILE, "CLOUD-01")).toBe(1);
    expect(criterionWeight(EQUAL_WEIGHTS_PROFILE, "constructor")).toBe(1);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(CONSUMER_DEVICE_PROFILE.sectionWeights)).toBe(true);
    expect(Object.isFrozen(CONSUMER_DEVICE_PROFILE.knockouts[0])).toBe(true);
    expect(Object.isFrozen(PRESET_PROFILES)).toBe(true);
  });
});
