import * as R from "../../schemas/api-responses";
import { errors, fileFormatQuery, fileResponse, id, importOperation, json } from "./components";

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
});
