import * as R from "../../schemas/api-responses";
import { error, errors, fileFormatQuery, fileResponse, heavy, id, json } from "./components";

/** Mapping sets (crosswalks from a catalogue to a regulation): list, import and export. */
export const mappingPaths = () => ({
  "/api/v1/mappings": {
    get: {
      summary: "Mapping sets the token's workspace may use: the built-in crosswalks and its own imports",
      responses: { 200: { description: "Mapping sets", content: json(R.mappingSetListResponse) }, ...errors },
    },
  },
  "/api/v1/mappings/import": {
    post: {
      summary:
        "Import mapping sets into the token's workspace (owner/admin, write scope): an OSCAL 1.2 mapping-collection or a CISO Assistant mapping library; every reference must resolve in a catalogue the workspace sees",
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              description: 'An OSCAL 1.2 mapping-collection ({"mapping-collection":…})',
            },
          },
          "application/yaml": {
            schema: { type: "string", description: "A CISO Assistant library with requirement_mapping_sets" },
          },
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: {
                file: { type: "string", format: "binary" },
                format: { type: "string", enum: ["oscal", "ciso-assistant"] },
              },
            },
          },
        },
      },
      responses: {
        201: { description: "Imported and published", content: json(R.mappingImportedResponse) },
        409: error("That slug and version exist already (`issues` name `version`)"),
        413: error("Larger than 5 MB"),
        ...errors,
        ...heavy,
      },
    },
  },
  "/api/v1/mappings/{id}/export": {
    get: {
      summary:
        "Download a mapping set as an OSCAL 1.2 mapping-collection (JSON) or a CISO Assistant mapping library (YAML)",
      parameters: [id("id"), fileFormatQuery()],
      responses: fileResponse("OSCAL 1.2.2 mapping-collection"),
    },
  },
});
