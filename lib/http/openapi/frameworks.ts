import * as R from "../../schemas/api-responses";
import { frameworkInputSchema } from "../../schemas/framework";
import { errors, json } from "./components";

export const frameworkPaths = () => ({
  "/api/v1/frameworks": {
    get: {
      summary: "List frameworks",
      responses: {
        200: { description: "Frameworks", content: json(R.frameworkListResponse) },
        ...errors,
      },
    },
    post: {
      summary: "Create a framework",
      requestBody: { required: true, content: json(frameworkInputSchema, "input") },
      responses: { 201: { description: "Created", content: json(R.frameworkResponse) }, ...errors },
    },
  },
});
