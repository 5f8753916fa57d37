import * as R from "../../schemas/api-responses";
import { errors, evaluationsQuery, json, profileQuery, targetQuery } from "./components";

export const comparisonPaths = () => ({
  "/api/v1/comparisons": {
    get: {
      summary:
        "2–20 evaluations of one catalogue version side by side, ranked under a weight profile (the blind rule applies)",
      parameters: [evaluationsQuery(), profileQuery(true)],
      responses: { 200: { description: "Comparison", content: json(R.comparisonResponse) }, ...errors },
    },
  },
  "/api/v1/comparisons/readiness": {
    get: {
      summary:
        "2–20 evaluations against the regulations their catalogue is mapped to: vendors × requirements and the ranking by readiness (an indication, not a conformity assessment)",
      parameters: [evaluationsQuery(), targetQuery()],
      responses: {
        200: { description: "Readiness", content: json(R.comparisonReadinessResponse) },
        ...errors,
      },
    },
  },
});
