/**
 * OSCAL import of the NIST SP 800-53 rev5 moderate baseline (1.8 MB, 287 criteria) through
 * the same service as the API: parse, validate, store in one transaction, audit. Goal < 3 s.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Actor } from "../../lib/auth/actor";
import { measure } from "./measure";

export const MODERATE_FILE = path.join(
  process.cwd(),
  "../shared/fixtures/oscal/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog-min.json",
);

export async function benchOscalImport() {
  const { cliCreateUser } = await import("../../lib/services/admin/admin-cli");
  const { importCatalogue } = await import("../../lib/services/catalogues/catalogue-import");
  const text = readFileSync(MODERATE_FILE, "utf8");
  const email = "bench-import@example.test";
  const { userId } = await cliCreateUser({
    email,
    workspace: "bench-import",
    role: "owner",
    password: "bench-Lantern-import-42",
  });
  const actor: Actor = { userId, email, via: "cli", mfaEnrolled: false, ip: null, userAgent: "bench" };
  // Each call imports a new version (a version is immutable once stored), so every round does the full work.
  let n = 0;
  let criteria = 0;
  const run = await measure(
    async () => {
      criteria = (await importCatalogue(actor, "bench-import", { text, version: `bench-${n++}` }))
        .criteriaCount;
    },
    { warmup: 2, rounds: 5, perRound: 1 },
  );
  if (criteria !== 287) throw new Error(`imported ${criteria} criteria, expected 287`);
  return { median: run.median, bytes: Buffer.byteLength(text), criteria };
}

/**
 * The penetration test's hostile catalogue uploads (issue 12), through the import service: a
 * 60,000-key YAML library (97 s of CPU before the limits) and the exponential OSCAL parameter
 * document (1.5 GB, then a 500). Each must be refused with its limit error; goal < 1 s.
 */
export async function benchHostileImports() {
  const { cliCreateUser } = await import("../../lib/services/admin/admin-cli");
  const { importCatalogue } = await import("../../lib/services/catalogues/catalogue-import");
  const { AppError } = await import("../../lib/errors/app-error");
  const { expansionBombCatalog, manyKeysYaml } = await import("../../lib/testing/hostile-documents");
  const email = "bench-hostile@example.test";
  const { userId } = await cliCreateUser({
    email,
    workspace: "bench-hostile",
    role: "owner",
    password: "bench-Lantern-hostile-42",
  });
  const actor: Actor = { userId, email, via: "cli", mfaEnrolled: false, ip: null, userAgent: "bench" };
  const refused = (request: { text: string; format?: "ciso-assistant" }, limit: string) =>
    measure(
      async () => {
        const err = await importCatalogue(actor, "bench-hostile", request).then(
          () => null,
          (e: unknown) => e,
        );
        if (!(err instanceof AppError) || err.status !== 400 || err.details.limit !== limit)
          throw new Error(`expected a 400 at the "${limit}" limit, got ${String(err)}`);
      },
      { warmup: 1, rounds: 5, perRound: 1 },
    );
  const yaml = manyKeysYaml(60_000);
  const oscal = expansionBombCatalog();
  return {
    yaml: {
      median: (await refused({ text: yaml, format: "ciso-assistant" }, "keys")).median,
      bytes: Buffer.byteLength(yaml),
    },
    oscal: {
      median: (await refused({ text: oscal }, "expanded text")).median,
      bytes: Buffer.byteLength(oscal),
    },
  };
}
