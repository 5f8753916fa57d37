import { exportOscalCatalog } from "../interop/oscal/export-catalog";
import { DEFAULT_SCALE, type CatalogueInput } from "../schemas/catalogue";
import type { DatasetShape } from "./dataset";

type Criterion = CatalogueInput["sections"][number]["criteria"][number];

/**
 * The large benchmark catalogue (issue 7): 10 sections × 100 criteria on the OWASP 0–4 scale.
 * Each section crosses ten security topics with ten aspects a reviewer would check, so the
 * titles read like a real catalogue's. Four section keys are component types (EDGE, GW,
 * CLOUD, MOBILE), which `generateFrameworks` uses to make vendors stronger where they build.
 * Pure and deterministic: the same version always gives the same document, byte for byte.
 */
export const LARGE_CATALOGUE_SLUG = "bench-large-iot-catalogue";

const SECTIONS: Array<{ key: string; title: string; topics: string[] }> = [
  {
    key: "EDGE",
    title: "Edge devices",
    topics: [
      "Secure boot",
      "Debug interfaces",
      "Firmware storage",
      "Physical tamper resistance",
      "Local network services",
      "Memory protection",
      "Device identity",
      "Default credentials",
      "Sensor data handling",
      "Power-loss recovery",
    ],
  },
  {
    key: "GW",
    title: "Gateways",
    topics: [
      "Protocol translation",
      "Southbound authentication",
      "Northbound TLS",
      "Message filtering",
      "Store-and-forward buffers",
      "Local administration",
      "Container isolation",
      "Network segmentation",
      "Rate limiting",
      "Offline operation",
    ],
  },
  {
    key: "CLOUD",
    title: "Cloud services",
    topics: [
      "Tenant isolation",
      "API authentication",
      "Device registry",
      "Message broker access",
      "Secrets management",
      "Backup and restore",
      "Web console hardening",
      "Data residency",
      "Denial-of-service protection",
      "Infrastructure as code",
    ],
  },
  {
    key: "MOBILE",
    title: "Mobile applications",
    topics: [
      "Device pairing",
      "Local storage encryption",
      "Certificate pinning",
      "Biometric unlock",
      "Deep-link handling",
      "Push notification content",
      "Offline tokens",
      "Jailbreak detection",
      "Third-party SDKs",
      "Session handling",
    ],
  },
  {
    key: "IDENT",
    title: "Identity and access",
    topics: [
      "User enrolment",
      "Password policy",
      "Multi-factor authentication",
      "Role model",
      "Service accounts",
      "Token lifetime",
      "Account recovery",
      "Federation",
      "Privilege escalation",
      "Access reviews",
    ],
  },
  {
    key: "CRYPTO",
    title: "Cryptography",
    topics: [
      "Algorithm agility",
      "Key generation",
      "Key storage",
      "Key rotation",
      "Random number generation",
      "TLS configuration",
      "Certificate lifecycle",
      "Hardware security modules",
      "Data-at-rest encryption",
      "Post-quantum readiness",
    ],
  },
  {
    key: "UPDATE",
    title: "Software updates",
    topics: [
      "Update signing",
      "Rollback protection",
      "Delta updates",
      "Staged rollout",
      "Update transport",
      "Bootloader updates",
      "Third-party components",
      "End-of-life policy",
      "Update failure recovery",
      "Update notification",
    ],
  },
  {
    key: "DATA",
    title: "Data protection",
    topics: [
      "Data minimisation",
      "Personal data export",
      "Deletion on request",
      "Telemetry consent",
      "Data classification",
      "Anonymisation",
      "Retention limits",
      "Cross-border transfer",
      "Data integrity",
      "Data lineage",
    ],
  },
  {
    key: "LOG",
    title: "Logging and monitoring",
    topics: [
      "Security event logging",
      "Log integrity",
      "Time synchronisation",
      "Anomaly detection",
      "Alert routing",
      "Log retention",
      "Remote attestation",
      "Fleet health metrics",
      "Incident response hooks",
      "Forensic readiness",
    ],
  },
  {
    key: "SUPPLY",
    title: "Supply chain",
    topics: [
      "Software bill of materials",
      "Dependency scanning",
      "Reproducible builds",
      "Build pipeline integrity",
      "Vulnerability disclosure",
      "Security advisories",
      "Manufacturing provisioning",
      "Component provenance",
      "Open-source licensing",
      "Third-party audits",
    ],
  },
];

const ASPECTS: Array<{ title: string; check: string }> = [
  { title: "enabled by default", check: "is on in the shipped configuration, without developer action" },
  { title: "documented configuration", check: "has configuration documented with secure examples" },
  { title: "fails safe", check: "falls back to a safe state when it fails or is misconfigured" },
  { title: "key and secret handling", check: "keeps the keys and secrets it needs out of code and logs" },
  { title: "audit trail", check: "records security-relevant events for later review" },
  { title: "fleet-wide policy", check: "can be set once for a whole fleet and enforced per device" },
  { title: "tamper evidence", check: "detects and reports attempts to bypass or alter it" },
  { title: "vendor testing", check: "is covered by the vendor's published security tests" },
  { title: "update path", check: "can be fixed in the field through the normal update channel" },
  { title: "independent review", check: "has been reviewed by a party independent of the vendor" },
];

/** The catalogue as the importers produce it (`version` lets a bench import a fresh copy). */
export function largeCatalogue(version = "1.0.0"): CatalogueInput {
  return {
    slug: LARGE_CATALOGUE_SLUG,
    version,
    title: "IoT Security Benchmark Catalogue (generated, 1,000 criteria)",
    publisher: "IoT Framework Security Scorecard benchmarks",
    publishedOn: "2026-01-01",
    sourceUrl: null,
    licence: "CC0-1.0",
    description:
      "Generated for benchmarks: ten sections of one hundred criteria, scored 0–4 like the OWASP catalogue.",
    scale: DEFAULT_SCALE,
    sourceFormat: "oscal",
    sections: SECTIONS.map((s) => ({
      key: s.key,
      title: s.title,
      description: `Criteria for ${s.title.toLowerCase()}: ten topics, each checked for ten aspects.`,
      criteria: s.topics.flatMap((topic, t) =>
        ASPECTS.map((aspect, a) =>
          criterion(
            `${s.key}-${String(t * ASPECTS.length + a + 1).padStart(3, "0")}`,
            topic,
            aspect,
            a === 0,
          ),
        ),
      ),
    })),
  };
}

function criterion(
  key: string,
  topic: string,
  aspect: (typeof ASPECTS)[number],
  withLevels: boolean,
): Criterion {
  return {
    key,
    parentKey: null,
    title: `${topic}: ${aspect.title}`,
    description: `${topic} ${aspect.check}.`,
    guidance: `Check the vendor's documentation for ${topic.toLowerCase()} first, then confirm on a test build.`,
    // Per-level guidance on one criterion per topic only: real catalogues give it sparingly.
    levelGuidance: withLevels
      ? {
          "0": `${topic} is not offered.`,
          "4": `${topic} is on by default and cannot be weakened by accident.`,
        }
      : {},
  };
}

/** The same catalogue as an OSCAL catalog document: what the catalogue import service reads. */
export function largeCatalogueOscal(version?: string): string {
  return JSON.stringify(exportOscalCatalog(largeCatalogue(version)));
}

/** Section and criterion keys in catalogue order, for `generateFrameworks`. */
export function datasetShapeOf(catalogue: Pick<CatalogueInput, "scale" | "sections">): DatasetShape {
  return {
    max: Math.max(...catalogue.scale.levels.map((l) => l.value)),
    sections: catalogue.sections.map((s) => ({ key: s.key, criteria: s.criteria.map((c) => c.key) })),
  };
}
