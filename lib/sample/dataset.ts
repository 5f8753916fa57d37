import { seeded } from "./random";

/**
 * Deterministic evaluation data: frameworks with a latent quality per section, and reviewers
 * whose scores scatter around it by a framework-specific amount, so agreement (alpha) varies
 * from near-perfect to poor across the set. Pure: the caller stores it.
 */
export interface DatasetShape {
  sections: Array<{ key: string; criteria: string[] }>;
  max: number;
}
export interface DatasetOptions {
  seed: number;
  frameworks: number;
  reviewers: number;
}

export interface GeneratedScore {
  criterionKey: string;
  sectionKey: string;
  reviewer: number;
  value: number | null;
  notApplicable: boolean;
  rationale: string;
  evidence: Array<{ url: string; grade: string }>;
}
export interface GeneratedFramework {
  name: string;
  vendor: string;
  productVersion: string;
  url: string;
  description: string;
  componentTypes: string[];
  status: "draft" | "in_review" | "final";
  /** Sections every reviewer submitted (all of them unless the evaluation is a draft). */
  submitted: string[];
  scores: GeneratedScore[];
}

const PREFIX = [
  "Aurora",
  "Basalt",
  "Cobalt",
  "Delta",
  "Ember",
  "Fjord",
  "Granite",
  "Helios",
  "Iris",
  "Juniper",
  "Krypton",
  "Lumen",
  "Meridian",
  "Nimbus",
  "Onyx",
  "Polaris",
  "Quartz",
  "Rivet",
  "Sable",
  "Tundra",
  "Umbra",
  "Vega",
  "Willow",
  "Xenon",
  "Yarrow",
  "Zephyr",
];
const KIND = [
  { suffix: "Edge SDK", types: ["edge"] },
  { suffix: "Gateway", types: ["gateway", "edge"] },
  { suffix: "Cloud IoT", types: ["cloud", "mobile"] },
  { suffix: "Mobile Kit", types: ["mobile", "cloud"] },
  { suffix: "Platform", types: ["edge", "gateway", "cloud", "mobile"] },
] as const;
const GRADES = ["vendor_claim", "documentation", "tested", "code_reviewed"] as const;
const RATIONALE = [
  "Documented in the security guide; verified on a test device.",
  "Vendor states support; no independent evidence yet.",
  "Enabled by default in the reference configuration we deployed.",
  "Requires custom work; the SDK exposes only low-level primitives.",
  "Partially supported: covers the happy path, not key rotation.",
  "Not offered; the roadmap mentions it for a later release.",
  "Code review of the open-source component confirms the behaviour.",
];

/**
 * The frameworks one at a time, in the same order and from the same random stream as
 * `generateDataset`: the large set (200 frameworks × 1,000 criteria × 3 reviewers, 600,000
 * scores) is stored framework by framework without ever holding all of it in memory.
 */
export function* generateFrameworks(
  shape: DatasetShape,
  { seed, frameworks, reviewers }: DatasetOptions,
): Generator<GeneratedFramework> {
  const rnd = seeded(seed);
  for (let f = 0; f < frameworks; f++) {
    const kind = KIND[f % KIND.length];
    const name = `${PREFIX[f % PREFIX.length]}${f >= PREFIX.length ? ` ${Math.floor(f / PREFIX.length) + 1}` : ""} ${kind.suffix}`;
    const vendor = `${PREFIX[(f * 7 + 3) % PREFIX.length]} Systems`;
    const noise = [0.2, 0.5, 0.9, 1.4][f % 4]; // from close agreement to wide disagreement
    const status = f % 7 === 6 ? "draft" : f % 3 === 0 ? "final" : "in_review";
    const scores: GeneratedScore[] = [];
    for (const section of shape.sections) {
      const quality = Math.min(
        shape.max,
        Math.max(
          0,
          1 +
            rnd.next() * 3 +
            ((kind.types as readonly string[]).includes(section.key.toLowerCase().replace("gw", "gateway"))
              ? 0.8
              : -0.5),
        ),
      );
      for (const criterion of section.criteria) {
        const truth = quality + rnd.normal(0.6);
        const na = rnd.next() < 0.03;
        for (let r = 0; r < reviewers; r++) {
          const value = na ? null : Math.min(shape.max, Math.max(0, Math.round(truth + rnd.normal(noise))));
          const grade = rnd.pick(GRADES);
          scores.push({
            criterionKey: criterion,
            sectionKey: section.key,
            reviewer: r,
            value,
            notApplicable: na,
            rationale: na
              ? "Outside this framework's scope: it has no component of this kind."
              : rnd.pick(RATIONALE),
            evidence: na
              ? []
              : [
                  {
                    url: `https://${vendor.toLowerCase().replace(/\W+/g, "-")}.example/docs/${criterion.toLowerCase()}`,
                    grade,
                  },
                ],
          });
        }
      }
    }
    yield {
      name,
      vendor,
      productVersion: `${1 + (f % 4)}.${f % 10}`,
      url: `https://${vendor.toLowerCase().replace(/\W+/g, "-")}.example/`,
      description: `${kind.suffix} from ${vendor} (generated sample data).`,
      componentTypes: [...kind.types],
      status,
      submitted: status === "draft" ? [] : shape.sections.map((s) => s.key),
      scores,
    };
  }
}

export function generateDataset(shape: DatasetShape, options: DatasetOptions): GeneratedFramework[] {
  return Array.from(generateFrameworks(shape, options));
}
