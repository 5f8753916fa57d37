import { seeded } from "./random";
import { annotator, NOT_APPLICABLE_RATIONALE } from "./rationales";

/**
 * Deterministic evaluation data: frameworks with a latent quality per section, a level per
 * criterion that the evidence supports, and reviewers who mostly land on it. As on real panels,
 * most sections reach reliable agreement (alpha ≥ 0.667), some hold a few disagreements worth
 * discussing, and a rare one is contested, more often in a component the framework is not built
 * for. Each score carries a rationale and evidence grade that fit its value. Pure: the caller
 * stores it.
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

/** What the sample workspace loads: its data is judged by newcomers, so its tests pin these. */
export const SAMPLE_WORKSPACE_DATASET: DatasetOptions = { seed: 20160318, frameworks: 20, reviewers: 3 };

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
/** Chances that a reviewer lands at least one step off (`one`) and two steps off (`two`). */
interface Panel {
  one: number;
  two: number;
}
const AGREED: Panel = { one: 0.12, two: 0.01 };
const DISCUSSED: Panel = { one: 0.35, two: 0.06 };
const CONTESTED: Panel = { one: 0.6, two: 0.3 };

/** A section's panel from one draw: reviewers disagree more on components the framework is not built for. */
function panelFor(u: number, home: boolean): Panel {
  const [contested, discussed] = home ? [0.01, 0.12] : [0.04, 0.25];
  return u < contested ? CONTESTED : u < contested + discussed ? DISCUSSED : AGREED;
}

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
  const annotate = annotator(shape.max);
  for (let f = 0; f < frameworks; f++) {
    const kind = KIND[f % KIND.length];
    const name = `${PREFIX[f % PREFIX.length]}${f >= PREFIX.length ? ` ${Math.floor(f / PREFIX.length) + 1}` : ""} ${kind.suffix}`;
    const vendor = `${PREFIX[(f * 7 + 3) % PREFIX.length]} Systems`;
    const status = f % 7 === 6 ? "draft" : f % 3 === 0 ? "final" : "in_review";
    const base = `https://${vendor.toLowerCase().replace(/\W+/g, "-")}.example/`;
    const scores: GeneratedScore[] = [];
    for (const section of shape.sections) {
      const home = (kind.types as readonly string[]).includes(
        section.key.toLowerCase().replace("gw", "gateway"),
      );
      const quality = Math.min(shape.max, Math.max(0, 1 + rnd.next() * 3 + (home ? 0.8 : -0.5)));
      const panel = panelFor(rnd.next(), home);
      for (const criterion of section.criteria) {
        // The level the evidence supports; reviewers land on it or, less often, a step or two off.
        const truth = Math.min(shape.max, Math.max(0, Math.round(quality + rnd.normal(1.1))));
        const na = rnd.next() < 0.03;
        for (let r = 0; r < reviewers; r++) {
          if (na) {
            scores.push({
              criterionKey: criterion,
              sectionKey: section.key,
              reviewer: r,
              value: null,
              notApplicable: true,
              rationale: NOT_APPLICABLE_RATIONALE,
              evidence: [],
            });
            continue;
          }
          const u = rnd.next();
          const step = u < panel.two ? 2 : u < panel.one ? 1 : 0;
          const value = Math.min(shape.max, Math.max(0, truth + (rnd.next() < 0.5 ? -step : step)));
          const { rationale, grade } = annotate(value, rnd.next);
          scores.push({
            criterionKey: criterion,
            sectionKey: section.key,
            reviewer: r,
            value,
            notApplicable: false,
            rationale,
            evidence: [{ url: `${base}docs/${criterion.toLowerCase()}`, grade }],
          });
        }
      }
    }
    yield {
      name,
      vendor,
      productVersion: `${1 + (f % 4)}.${f % 10}`,
      url: base,
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
