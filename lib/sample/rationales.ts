/**
 * What a sample reviewer writes beside a score: a finding that says why the value is what it is
 * (worded for the default 0–4 scale: Absent, Possible, Partial, Supported, Secure by default)
 * and where it comes from, with an evidence grade that fits it. A newcomer reads these next to
 * the number, so a finding never argues for another level, and the higher the score the less
 * often it rests on the vendor's word alone (claims-only scores are shown as low confidence).
 */

export const EVIDENCE_GRADES = ["vendor_claim", "documentation", "tested", "code_reviewed"] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const NOT_APPLICABLE_RATIONALE = "Outside this framework's scope: it has no component of this kind.";

/** Findings per level of the 0–4 scale; index = level. */
const FINDINGS: ReadonlyArray<readonly string[]> = [
  [
    "Not offered; the vendor roadmap mentions it for a later release.",
    "Absent: the framework has no mechanism for this and no extension point to add one.",
    "Not supported: the firmware image is closed, so there is no place to add it.",
    "Not offered in this version, and the vendor forum confirms there are no plans for it.",
    "Absent from the device SDK, the gateway and the cloud service alike.",
  ],
  [
    "Nothing built in; achievable with custom work, as the SDK exposes only low-level primitives.",
    "Possible through the plugin hooks, but developers write and maintain the code themselves.",
    "Nothing built in: a community example adds it with custom code on the raw socket API.",
    "Achievable with custom work: the device agent has an extension point but ships no implementation.",
    "Possible, but developers build it themselves on the low-level crypto and storage APIs.",
  ],
  [
    "Partial: covers the happy path but not key rotation, which is left to the developer.",
    "Partially supported: works on the gateway but not on constrained edge devices.",
    "Incomplete: built in for MQTT, while the CoAP and BLE transports it also offers are left out.",
    "Partial support: needs significant effort to configure, and the guide skips the failure cases.",
    "Works with the vendor's own secure element but not with other hardware without major effort.",
  ],
  [
    "Built in and documented, but off by default: developers have to enable it in the device config.",
    "Supported through a documented SDK option that is opt-in; the quick-start leaves it disabled.",
    "A first-party module with a setup guide covers it; developers must enable it per device group.",
    "Documented gateway setting; developers must switch it on, after which it works as described.",
    "Built in but opt-in: the provisioning tool offers it, and skipping the prompt leaves it out.",
  ],
  [
    "Secure by default: the device SDK turns this on at provisioning and offers no switch to weaken it.",
    "On by default in the reference firmware; a new device meets this without any developer action.",
    "Enabled by default in device agent, gateway and cloud; opting out takes an explicit override.",
    "Handled by the framework out of the box: developers get the safe behaviour without extra code.",
    "On by default and enforced server-side: the cloud broker rejects devices that try to skip it.",
  ],
];

const SOURCES: Record<EvidenceGrade, readonly string[]> = {
  vendor_claim: [
    "Source: the vendor's product sheet; not yet checked by us.",
    "Per the vendor's questionnaire answer.",
  ],
  documentation: [
    "Per the developer documentation for this release.",
    "As described in the vendor's security guide.",
  ],
  tested: [
    "Checked on a test device with the reference configuration.",
    "Checked in our lab on the evaluation gateway.",
  ],
  code_reviewed: [
    "Checked by reading the open-source SDK code.",
    "Confirmed by a code review of the device agent.",
  ],
};

/** Cumulative chances of each grade (in EVIDENCE_GRADES order) per level: a 4 is rarely a bare claim. */
const GRADE_ODDS: ReadonlyArray<readonly number[]> = [
  [0.15, 0.65, 0.95, 1],
  [0.1, 0.55, 0.85, 1],
  [0.2, 0.6, 0.9, 1],
  [0.1, 0.55, 0.9, 1],
  [0.04, 0.3, 0.75, 1],
];

export interface Annotation {
  rationale: string;
  grade: EvidenceGrade;
}

/**
 * Picks a rationale and grade for a value on a 0–max scale (scaled onto the five levels).
 * Every combination is built once here, so the large benchmark set allocates no strings per score.
 */
export function annotator(max: number): (value: number, draw: () => number) => Annotation {
  const combos = FINDINGS.map((findings) =>
    EVIDENCE_GRADES.map((grade) =>
      findings.flatMap((finding) =>
        SOURCES[grade].map((source) => ({ rationale: `${finding} ${source}`, grade })),
      ),
    ),
  );
  const levelOf = (value: number) => (max === 4 ? value : Math.round((value * 4) / Math.max(max, 1)));
  return (value, draw) => {
    const level = levelOf(value);
    const u = draw();
    const g = GRADE_ODDS[level].findIndex((p) => u < p);
    const options = combos[level][g];
    return options[Math.floor(draw() * options.length)];
  };
}
