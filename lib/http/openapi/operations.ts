import { WORKSPACE_OPERATIONS } from "./operations-workspace";

/**
 * Every operation's stable id, its tag and a short summary, by "METHOD path". The area modules
 * describe requests and responses; this table names them, so clients generated from the document
 * (openapi-typescript, SDK generators) get the same names whatever the area modules say. An
 * operation missing here, or an entry without its operation, fails the OpenAPI test. The area
 * module's own `summary` becomes the operation's description when the table gives a shorter one.
 */
export const TAGS = [
  { name: "Frameworks", description: "The IoT frameworks a workspace evaluates" },
  { name: "Evaluations", description: "Blind multi-reviewer scoring, consensus and summaries" },
  { name: "Comparisons", description: "Evaluations side by side, ranked under a weight profile" },
  { name: "Reports", description: "PDF reports and CSV, XLSX, JSON and OSCAL exports" },
  { name: "Catalogues", description: "Criteria catalogues: the built-in ones and a workspace's imports" },
  { name: "Crosswalks", description: "Mapping sets to regulations, and readiness against them" },
  { name: "Sharing", description: "Public, expiring snapshots of a comparison" },
  { name: "Workspace", description: "The token's identity, members and invitations" },
  { name: "Audit", description: "The workspace's hash-chained audit log" },
] as const;
export type Tag = (typeof TAGS)[number]["name"];
export type OperationNames = Record<string, { id: string; tag: Tag; summary?: string }>;

export const OPERATIONS: OperationNames = {
  "get /api/v1/frameworks": { id: "listFrameworks", tag: "Frameworks" },
  "post /api/v1/frameworks": { id: "createFramework", tag: "Frameworks" },
  "get /api/v1/frameworks/{id}": { id: "getFramework", tag: "Frameworks", summary: "A framework" },
  "patch /api/v1/frameworks/{id}": {
    id: "updateFramework",
    tag: "Frameworks",
    summary: "Change a framework",
  },
  "post /api/v1/frameworks/{id}/archive": {
    id: "archiveFramework",
    tag: "Frameworks",
    summary: "Archive a framework",
  },
  "post /api/v1/frameworks/{id}/unarchive": {
    id: "unarchiveFramework",
    tag: "Frameworks",
    summary: "Restore an archived framework",
  },
  "get /api/v1/evaluations": { id: "listEvaluations", tag: "Evaluations" },
  "post /api/v1/evaluations": { id: "createEvaluation", tag: "Evaluations" },
  "get /api/v1/evaluations/{id}": { id: "getEvaluation", tag: "Evaluations", summary: "An evaluation" },
  "patch /api/v1/evaluations/{id}": {
    id: "updateEvaluation",
    tag: "Evaluations",
    summary: "Change status or section reviewers",
  },
  "get /api/v1/evaluations/{id}/scores": {
    id: "listScores",
    tag: "Evaluations",
    summary: "List visible scores",
  },
  "put /api/v1/evaluations/{id}/scores/{criterionKey}": { id: "saveScore", tag: "Evaluations" },
  "get /api/v1/evaluations/{id}/agreed": {
    id: "listAgreedScores",
    tag: "Evaluations",
    summary: "List agreed consensus values",
  },
  "put /api/v1/evaluations/{id}/agreed/{criterionKey}": {
    id: "setAgreedScore",
    tag: "Evaluations",
    summary: "Record an agreed consensus",
  },
  "delete /api/v1/evaluations/{id}/agreed/{criterionKey}": { id: "clearAgreedScore", tag: "Evaluations" },
  "post /api/v1/evaluations/{id}/sections/{sectionKey}/submit": { id: "submitSection", tag: "Evaluations" },
  "get /api/v1/evaluations/{id}/summary": {
    id: "getEvaluationSummary",
    tag: "Evaluations",
    summary: "Summary of an evaluation",
  },
  "get /api/v1/evaluations/{id}/readiness": {
    id: "getEvaluationReadiness",
    tag: "Crosswalks",
    summary: "Readiness of an evaluation against regulations",
  },
  "get /api/v1/comparisons": { id: "compareEvaluations", tag: "Comparisons", summary: "Compare evaluations" },
  "get /api/v1/comparisons/readiness": {
    id: "getComparisonReadiness",
    tag: "Crosswalks",
    summary: "Readiness of a comparison against regulations",
  },
  "get /api/v1/evaluations/{id}/report.pdf": {
    id: "getEvaluationReport",
    tag: "Reports",
    summary: "PDF report of an evaluation",
  },
  "get /api/v1/comparisons/report.pdf": {
    id: "getComparisonReport",
    tag: "Reports",
    summary: "PDF report of a comparison",
  },
  "get /api/v1/evaluations/{id}/export": {
    id: "exportEvaluation",
    tag: "Reports",
    summary: "Export an evaluation",
  },
  "get /api/v1/comparisons/export": {
    id: "exportComparison",
    tag: "Reports",
    summary: "Export a comparison",
  },
  "get /api/v1/catalogues": { id: "listCatalogues", tag: "Catalogues" },
  "get /api/v1/catalogues/{slug}/{version}": {
    id: "getCatalogue",
    tag: "Catalogues",
    summary: "A built-in catalogue version",
  },
  "post /api/v1/catalogues/import": {
    id: "importCatalogue",
    tag: "Catalogues",
    summary: "Import a catalogue",
  },
  "get /api/v1/catalogues/{slug}/{version}/export": {
    id: "exportCatalogue",
    tag: "Catalogues",
    summary: "Download a catalogue file",
  },
  "post /api/v1/catalogues/{slug}/{version}/archive": {
    id: "archiveCatalogue",
    tag: "Catalogues",
    summary: "Archive an imported catalogue",
  },
  "post /api/v1/catalogues/{slug}/{version}/unarchive": {
    id: "unarchiveCatalogue",
    tag: "Catalogues",
    summary: "Restore an archived catalogue",
  },
  "get /api/v1/mappings": { id: "listMappingSets", tag: "Crosswalks", summary: "List mapping sets" },
  "post /api/v1/mappings/{id}/archive": {
    id: "archiveMappingSet",
    tag: "Crosswalks",
    summary: "Archive an imported mapping set",
  },
  "post /api/v1/mappings/{id}/unarchive": {
    id: "unarchiveMappingSet",
    tag: "Crosswalks",
    summary: "Restore an archived mapping set",
  },
  "post /api/v1/mappings/import": {
    id: "importMappingSets",
    tag: "Crosswalks",
    summary: "Import mapping sets",
  },
  "get /api/v1/mappings/{id}/export": {
    id: "exportMappingSet",
    tag: "Crosswalks",
    summary: "Download a mapping set file",
  },
  ...WORKSPACE_OPERATIONS,
};

const METHODS = new Set(["get", "put", "post", "delete", "patch"]);

/**
 * Names every operation from the table: operationId, tags, a short summary and a description
 * (the area's own text). Throws on an operation the table lacks, so none ships unnamed.
 */
export function nameOperations<P extends Record<string, Record<string, unknown>>>(paths: P): P {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(paths)) {
    out[path] = Object.fromEntries(
      Object.entries(item).map(([method, op]) => {
        if (!METHODS.has(method)) return [method, op];
        const entry = OPERATIONS[`${method} ${path}`];
        if (!entry) throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} has no entry in OPERATIONS`);
        const { summary, description, ...rest } = op as { summary: string; description?: string };
        return [
          method,
          {
            operationId: entry.id,
            tags: [entry.tag],
            summary: entry.summary ?? summary,
            description: description ?? summary,
            ...rest,
          },
        ];
      }),
    );
  }
  return out as P;
}
