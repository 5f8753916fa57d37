import * as R from "../../schemas/api-responses";
import { errors, id, json } from "./components";

const noQuery = { 400: errors[400], 404: errors[404], 503: errors[503] };

/** Public reference data (built-in catalogues, this document), and the token's identity. */
export const referencePaths = () => ({
  "/api/v1/catalogues": {
    get: {
      summary: "List the built-in catalogues",
      security: [{}, { bearer: [] }],
      responses: { 200: { description: "Catalogues", content: json(R.catalogueListResponse) }, ...noQuery },
    },
  },
  "/api/v1/catalogues/{slug}/{version}": {
    get: {
      summary: "A built-in catalogue version with its scale, sections and criteria",
      security: [{}, { bearer: [] }],
      parameters: [id("slug"), id("version")],
      responses: { 200: { description: "Catalogue", content: json(R.catalogueDetailResponse) }, ...noQuery },
    },
  },
  "/api/v1/openapi.json": {
    get: {
      summary: "This document",
      security: [{}],
      responses: {
        200: {
          description: "OpenAPI 3.1 document",
          content: { "application/json": { schema: { type: "object" } } },
        },
        400: errors[400],
      },
    },
  },
  "/api/v1/me": {
    get: {
      summary: "Who the token is: its user, its workspace and role, its scopes",
      responses: { 200: { description: "The token's identity", content: json(R.meResponse) }, ...errors },
    },
  },
});
