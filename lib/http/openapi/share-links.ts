import * as R from "../../schemas/api-responses";
import { shareLinkInputSchema } from "../../schemas/comparison";
import { errors, id, json, pageParameters } from "./components";

export const shareLinkPaths = () => ({
  "/api/v1/share-links": {
    get: {
      summary:
        "List the workspace's share links (active, expired and revoked), newest first, a page at a time",
      parameters: pageParameters(),
      responses: {
        200: { description: "Share links", content: json(R.shareLinkListResponse) },
        ...errors,
      },
    },
    post: {
      summary:
        "Share a frozen snapshot of a comparison (1–20 evaluations) as a public, expiring link; the URL is shown once",
      requestBody: { required: true, content: json(shareLinkInputSchema, "input") },
      responses: {
        201: { description: "Created", content: json(R.shareLinkCreatedResponse) },
        ...errors,
      },
    },
  },
  "/api/v1/share-links/{id}": {
    delete: {
      summary:
        "Revoke a share link (its creator or an owner/admin; a reviewer revoking another's link is a 403); it answers 410 from the next request. Revoking a revoked link changes nothing and answers 204 again",
      parameters: [id("id")],
      responses: { 204: { description: "Revoked" }, ...errors },
    },
  },
});
