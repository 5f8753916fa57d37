"use client";

import { useEffect, useState } from "react";
import type { ProfileSensitivity } from "@/lib/compare/sensitivity-for-view";
import type { Sensitivity, VendorInput, WeightProfile } from "@/lib/scoring";

/**
 * Sensitivity under `profile`, worked out once: the server's answer (`fromServer`) when it is
 * for this profile, else in the browser — only after a profile switch, or where the server sent
 * none (a shared view). The browser's copy of the code is fetched then, not with the page.
 * Undefined while it is being worked out.
 */
export function useSensitivity(
  inputs: VendorInput[],
  profile: WeightProfile,
  fromServer: ProfileSensitivity | undefined,
): Sensitivity | null | undefined {
  const served = fromServer?.profileId === profile.id;
  const [local, setLocal] = useState<{
    inputs: VendorInput[];
    profile: WeightProfile;
    value: Sensitivity | null;
  }>();
  useEffect(() => {
    if (served) return;
    let live = true;
    void import("@/lib/scoring/sensitivity").then(({ sensitivity }) => {
      if (live) setLocal({ inputs, profile, value: sensitivity(inputs, profile) });
    });
    return () => {
      live = false;
    };
  }, [served, inputs, profile]);
  if (served) return fromServer.value;
  return local && local.inputs === inputs && local.profile === profile ? local.value : undefined;
}
