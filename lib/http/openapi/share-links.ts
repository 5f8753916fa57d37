import * as R from "../../schemas/api-responses";
import { shareLinkInputSchema } from "../../schemas/comparison";
import { errors, id, json } from "./components";

export const shareLinkPaths = () => ({
  "/api/v1/share-links": {
    get: {
      summary: "List the workspace's share links (active, expired and revoked)",
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
      summary: "Revoke a share link (its creator or an owner/admin); it answers 410 from the next request",
      parameters: [id("id")],
      responses: { 204: { description: "Revoked" }, ...errors },
    },
  },
});
