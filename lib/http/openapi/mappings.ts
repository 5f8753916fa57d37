import * as R from "../../schemas/api-responses";
import { errors, fileFormatQuery, fileResponse, id, importOperation, json } from "./components";

const archive = (summary: string) => ({
  post: {
    summary,
    parameters: [id("id")],
    responses: {
      200: { description: "The mapping set as it now is", content: json(R.mappingArchiveResponse) },
      ...errors,
    },
  },
});

/** Mapping sets (crosswalks from a catalogue to a regulation): list, import, export and archive. */
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
      ...importOperation(
        {
          oscal: 'An OSCAL 1.2 mapping-collection ({"mapping-collection":…})',
          yaml: "A CISO Assistant library with requirement_mapping_sets",
        },
        R.mappingImportedResponse,
      ),
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
  "/api/v1/mappings/{id}/archive": archive(
    "Archive a mapping set the token's workspace imported (owner/admin): readiness views stop using it, it stays listed and downloadable; built-in ones are refused with 403",
  ),
  "/api/v1/mappings/{id}/unarchive": archive(
    "Restore an archived mapping set of the token's workspace (owner/admin): readiness views use it again",
  ),
});
