import * as R from "../../schemas/api-responses";
import { errors, evaluationsQuery, json, profileQuery } from "./components";

export const comparisonPaths = () => ({
  "/api/v1/comparisons": {
    get: {
      summary:
        "2–20 evaluations of one catalogue version side by side, ranked under a weight profile (the blind rule applies)",
      parameters: [evaluationsQuery(), profileQuery(true)],
      responses: { 200: { description: "Comparison", content: json(R.comparisonResponse) }, ...errors },
    },
  },
});
