import * as R from "../../schemas/api-responses";
import {
  agreedScoreSchema,
  createEvaluationSchema,
  evaluationUpdateSchema,
  scoreInputSchema,
} from "../../schemas/evaluation";
import {
  error,
  errors,
  id,
  idempotent,
  ifMatch,
  json,
  pageParameters,
  profileQuery,
  targetQuery,
  versioned,
} from "./components";

/** Evaluations, the caller's scores, agreed consensus, section submission and the summary. */
export const evaluationPaths = () => ({
  "/api/v1/evaluations": {
    get: {
      summary: "List evaluations, newest first, a page at a time",
      parameters: pageParameters(),
      responses: {
        200: { description: "Evaluations", content: json(R.evaluationListResponse) },
        ...errors,
      },
    },
    post: {
      summary: "Create an evaluation (pins the catalogue version)",
      parameters: [idempotent.parameter],
      requestBody: { required: true, content: json(createEvaluationSchema, "input") },
      responses: {
        201: { description: "Created", content: json(R.createdResponse) },
        422: idempotent[422],
        ...errors,
      },
    },
  },
  "/api/v1/evaluations/{id}": {
    get: {
      summary: "An evaluation: status, sections in scope, reviewers per section; its version as ETag",
      parameters: [id("id")],
      responses: { 200: versioned("Evaluation", R.evaluationDetailResponse), ...errors },
    },
    patch: {
      summary:
        "Change the scope (a section out needs `outOfScopeReason`; at least one stays in; not while final), the reviewers of sections and/or the status (draft → in review → final; reopening a final one needs `reason`), in that order and in one transaction (owner/admin)",
      parameters: [id("id"), ifMatch.parameter],
      requestBody: { required: true, content: json(evaluationUpdateSchema, "input") },
      responses: {
        200: versioned("Changed", R.evaluationDetailResponse),
        409: error(
          "Stale If-Match (the body carries `current`, nothing changed), or a status change the workflow does not allow",
        ),
        ...errors,
      },
    },
  },
  "/api/v1/evaluations/{id}/scores": {
    get: {
      summary: "Scores visible to the caller (blind until the caller submits a section)",
      parameters: [id("id")],
      responses: { 200: { description: "Scores", content: json(R.scoreListResponse) }, ...errors },
    },
  },
  "/api/v1/evaluations/{id}/scores/{criterionKey}": {
    put: {
      summary: "Save the caller's own score",
      parameters: [
        id("id"),
        id("criterionKey"),
        {
          name: "If-Match",
          in: "header",
          required: false,
          schema: { type: "string", pattern: "^\\d+$" },
          description: "The version last seen (0 before the first save)",
        },
      ],
      requestBody: { required: true, content: json(scoreInputSchema, "input") },
      responses: {
        200: { description: "Saved", content: json(R.savedScoreResponse) },
        409: error(
          "Stale version (the body carries `current`), final evaluation, out-of-scope or submitted section",
        ),
        ...errors,
      },
    },
  },
  "/api/v1/evaluations/{id}/agreed": {
    get: {
      summary: "Agreed consensus values (only for sections the caller may see)",
      parameters: [id("id")],
      responses: {
        200: { description: "Agreed values", content: json(R.agreedListResponse) },
        ...errors,
      },
    },
  },
  "/api/v1/evaluations/{id}/agreed/{criterionKey}": {
    put: {
      summary:
        "Record the agreed consensus of a criterion (owner/admin; wins over the median, dissent stays visible)",
      parameters: [id("id"), id("criterionKey")],
      requestBody: { required: true, content: json(agreedScoreSchema, "input") },
      responses: {
        200: { description: "Recorded", content: json(R.agreedScoreResponse) },
        409: error("Final evaluation"),
        ...errors,
      },
    },
    delete: {
      summary: "Clear the agreed value (the median applies again)",
      parameters: [id("id"), id("criterionKey")],
      responses: { 204: { description: "Cleared" }, 409: error("Final evaluation"), ...errors },
    },
  },
  "/api/v1/evaluations/{id}/sections/{sectionKey}/submit": {
    post: {
      summary: "Submit the caller's scores of a section",
      parameters: [id("id"), id("sectionKey")],
      responses: {
        200: { description: "Submitted", content: json(R.submitResponse) },
        409: error("Criteria still unscored"),
        ...errors,
      },
    },
  },
  "/api/v1/evaluations/{id}/summary": {
    get: {
      summary: "Scores, coverage, agreement and knock-outs under a weight profile",
      parameters: [id("id"), profileQuery(false)],
      responses: { 200: { description: "Summary", content: json(R.summaryResponse) }, ...errors },
    },
  },
  "/api/v1/evaluations/{id}/readiness": {
    get: {
      summary:
        "Readiness against the regulations the catalogue is mapped to (CRA Annex I, ETSI EN 303 645, NIST IR 8425): an indication, not a conformity assessment",
      parameters: [id("id"), targetQuery()],
      responses: { 200: { description: "Readiness", content: json(R.readinessResponse) }, ...errors },
    },
  },
});
