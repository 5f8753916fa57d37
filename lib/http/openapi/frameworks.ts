import * as R from "../../schemas/api-responses";
import { frameworkInputSchema, frameworkUpdateSchema } from "../../schemas/framework";
import { errors, id, idempotent, ifMatch, json, pageParameters, versioned } from "./components";

const archive = (summary: string) => ({
  post: {
    summary,
    parameters: [id("id")],
    responses: { 200: versioned("The framework as it now is", R.frameworkResponse), ...errors },
  },
});

export const frameworkPaths = () => ({
  "/api/v1/frameworks": {
    get: {
      summary: "List frameworks, newest first, a page at a time",
      parameters: [
        {
          name: "archived",
          in: "query",
          required: false,
          schema: { type: "string", enum: ["true", "false"] },
          description: "Include archived frameworks",
        },
        ...pageParameters(),
      ],
      responses: {
        200: { description: "Frameworks", content: json(R.frameworkListResponse) },
        ...errors,
      },
    },
    post: {
      summary: "Create a framework",
      parameters: [idempotent.parameter],
      requestBody: { required: true, content: json(frameworkInputSchema, "input") },
      responses: {
        201: { description: "Created", content: json(R.frameworkResponse) },
        422: idempotent[422],
        ...errors,
      },
    },
  },
  "/api/v1/frameworks/{id}": {
    get: {
      summary: "A framework, with its version as ETag",
      parameters: [id("id")],
      responses: { 200: versioned("Framework", R.frameworkResponse), ...errors },
    },
    patch: {
      summary: "Change the fields sent (name, vendor, version, URL, description, component types)",
      parameters: [id("id"), ifMatch.parameter],
      requestBody: { required: true, content: json(frameworkUpdateSchema, "input") },
      responses: {
        200: versioned("Changed", R.frameworkResponse),
        409: ifMatch[409],
        ...errors,
      },
    },
  },
  "/api/v1/frameworks/{id}/archive": archive(
    "Archive a framework: it leaves the default list, its evaluations stay intact",
  ),
  "/api/v1/frameworks/{id}/unarchive": archive("Bring an archived framework back into the default list"),
});
