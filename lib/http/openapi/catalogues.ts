import * as R from "../../schemas/api-responses";
import { fileFormatQuery, fileResponse, id, importOperation } from "./components";

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
      ...importOperation(
        {
          oscal: 'An OSCAL 1.x catalog document ({"catalog":…})',
          yaml: "A CISO Assistant library (also text/yaml)",
        },
        R.catalogueImportedResponse,
        true,
      ),
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
