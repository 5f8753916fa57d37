import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

/**
 * NIST's official OSCAL JSON schemas (../shared/fixtures/oscal/schema/), for tests: every OSCAL
 * document we write must validate against the schema of the version it declares. Compiling a
 * complete schema takes a while, so each version is compiled once per test file.
 */
const SCHEMAS = { "1.1.2": "1-1-2", "1.2.2": "1-2-2" } as const;
export type OscalVersion = keyof typeof SCHEMAS;

const ajv = new Ajv({ strict: false, allErrors: false });
addFormats(ajv);
const compiled = new Map<OscalVersion, ValidateFunction>();

export function oscalValidator(version: OscalVersion): ValidateFunction {
  let validate = compiled.get(version);
  if (!validate) {
    const file = path.join(
      process.cwd(),
      `../shared/fixtures/oscal/schema/oscal_complete_schema-${SCHEMAS[version]}.json`,
    );
    validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")) as object);
    compiled.set(version, validate);
  }
  return validate;
}

/** The schema errors of an OSCAL document against the version its metadata declares ([] = valid). */
export function oscalErrors(doc: object): string[] {
  const root = Object.values(doc)[0] as { metadata?: { "oscal-version"?: string } } | undefined;
  const version = root?.metadata?.["oscal-version"];
  if (version !== "1.1.2" && version !== "1.2.2") return [`undeclared or unknown oscal-version "${version}"`];
  const validate = oscalValidator(version);
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ""}`.trim());
}
