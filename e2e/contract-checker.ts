import { expect, type APIRequestContext } from "@playwright/test";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

type ApiResponse = Awaited<ReturnType<APIRequestContext["get"]>>;

/** Checks live responses against the served OpenAPI document's response schemas. */
export async function contractChecker(request: APIRequestContext) {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema(doc.components.schemas.Error, "error");
  const validators = new Map<string, ValidateFunction>();
  return async (path: string, method: string, res: ApiResponse) => {
    const status = String(res.status());
    const spec = doc.paths[path][method].responses[status];
    expect(spec, `${method.toUpperCase()} ${path} answered ${status}, which is not documented`).toBeDefined();
    // Another documented media type (JSON lines, PDF, files) is checked by name, not parsed.
    const type = res.headers()["content-type"]?.split(";")[0].trim();
    if (type && type !== "application/json" && spec.content) {
      expect(
        spec.content[type],
        `${method.toUpperCase()} ${path} ${status}: ${type} is not documented`,
      ).toBeDefined();
      return;
    }
    const schema = spec.content?.["application/json"]?.schema;
    if (!schema) return;
    const key = `${method} ${path} ${status}`;
    if (!validators.has(key))
      validators.set(key, schema.$ref ? ajv.getSchema("error")! : ajv.compile(schema));
    const validate = validators.get(key)!;
    const body = await res.json();
    expect(validate(body), `${key}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  };
}
