import * as R from "../../schemas/api-responses";
import { errors, fileFormatQuery, fileResponse, id, importOperation, json } from "./components";

const archive = (summary: string) => ({
  post: {
    summary,
    parameters: [id("slug"), id("version")],
    responses: {
      200: { description: "The catalogue version as it now is", content: json(R.catalogueArchiveResponse) },
      ...errors,
    },
  },
});

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
  "/api/v1/catalogues/{slug}/{version}/archive": archive(
    "Archive a catalogue the token's workspace imported (owner/admin): new evaluations can no longer choose it, existing ones keep it; built-in catalogues are shared and refused with 403",
  ),
  "/api/v1/catalogues/{slug}/{version}/unarchive": archive(
    "Restore an archived catalogue of the token's workspace (owner/admin): new evaluations can choose it again",
  ),
});
