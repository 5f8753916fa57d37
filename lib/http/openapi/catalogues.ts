import * as R from "../../schemas/api-responses";
import { error, errors, fileFormatQuery, fileResponse, heavy, id, json } from "./components";

export const cataloguePaths = () => ({
  "/api/v1/catalogues/import": {
    post: {
      summary:
        "Import a catalogue into the token's workspace (owner/admin, write scope): an OSCAL catalog or a CISO Assistant library; visible to that workspace only",
      parameters: [
        {
          name: "version",
          in: "query",
          required: false,
          schema: { type: "string" },
          description: "Import under this version instead of the file's",
        },
      ],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: { type: "object", description: 'An OSCAL 1.x catalog document ({"catalog":…})' },
          },
          "application/yaml": {
            schema: { type: "string", description: "A CISO Assistant library (also text/yaml)" },
          },
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["file"],
              properties: {
                file: { type: "string", format: "binary" },
                format: { type: "string", enum: ["oscal", "ciso-assistant"] },
                version: { type: "string" },
              },
            },
          },
        },
      },
      responses: {
        201: { description: "Imported and published", content: json(R.catalogueImportedResponse) },
        409: error("That slug and version exist already (`issues` name `version`)"),
        413: error("Larger than 5 MB"),
        ...errors,
        ...heavy,
      },
    },
  },
  "/api/v1/catalogues/{slug}/{version}/export": {
    get: {
      summary:
        "Download a catalogue as an OSCAL catalog (JSON) or a CISO Assistant library (YAML); built-in catalogues are public, imported ones need a token of their workspace",
      security: [{}, { bearer: [] }],
      parameters: [id("slug"), id("version"), fileFormatQuery()],
      responses: fileResponse("OSCAL 1.1.2 catalog"),
    },
  },
});
