/**
 * Every /api/v1 endpoint with its parameters, as sqlmap requests: `*` marks a path parameter to
 * inject; JSON bodies and query strings are tested parameter by parameter.
 */
export interface Target {
  name: string;
  url: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  data?: string;
  params?: string;
  /** Answers sqlmap must not stop at: a deleting call's baseline is a record that is not there (404). */
  ignoreCodes?: number[];
}

/** A well-formed id no record has. */
const ABSENT = "00000000-0000-4000-8000-000000000000";

export function apiTargets(
  base: string,
  ids: {
    evaluationId: string;
    otherEvaluationId: string;
    frameworkId: string;
    shareLinkId: string;
    workspace: string;
    profileId: string;
    savedComparisonId: string;
    memberId: string;
    mappingId: string;
    catalogue: { slug: string; version: string };
  },
): Target[] {
  const e = ids.evaluationId;
  const json = (v: unknown) => JSON.stringify(v);
  return [
    { name: "me", url: `${base}/api/v1/me`, method: "GET" },
    { name: "catalogue", url: `${base}/api/v1/catalogues/owasp-iot-framework*/2016-03-18*`, method: "GET" },
    { name: "catalogues-list", url: `${base}/api/v1/catalogues`, method: "GET" },
    { name: "frameworks-list", url: `${base}/api/v1/frameworks?limit=5`, method: "GET" },
    { name: "evaluations-list", url: `${base}/api/v1/evaluations?limit=5`, method: "GET" },
    { name: "framework", url: `${base}/api/v1/frameworks/${ids.frameworkId}*`, method: "GET" },
    {
      name: "framework-update",
      url: `${base}/api/v1/frameworks/${ids.frameworkId}*`,
      method: "PATCH",
      data: json({ description: "scanned", productVersion: "1.1" }),
    },
    { name: "evaluation", url: `${base}/api/v1/evaluations/${e}*`, method: "GET" },
    {
      name: "evaluation-update",
      url: `${base}/api/v1/evaluations/${e}*`,
      method: "PATCH",
      data: json({ status: "in_review" }),
    },
    {
      name: "readiness",
      url: `${base}/api/v1/evaluations/${e}*/readiness?target=eu-cra-annex-i`,
      method: "GET",
    },
    {
      name: "comparison-readiness",
      url: `${base}/api/v1/comparisons/readiness?evaluations=${e},${ids.otherEvaluationId}&target=nist-ir-8425`,
      method: "GET",
    },
    { name: "mappings", url: `${base}/api/v1/mappings`, method: "GET" },
    {
      name: "mapping-export",
      url: `${base}/api/v1/mappings/${ids.mappingId}*/export?format=oscal`,
      method: "GET",
    },
    {
      name: "invitations-list",
      url: `${base}/api/v1/workspaces/${ids.workspace}*/invitations?limit=5`,
      method: "GET",
    },
    {
      name: "frameworks-create",
      url: `${base}/api/v1/frameworks`,
      method: "POST",
      data: json({
        name: "Scan SDK",
        vendor: "Scan",
        productVersion: "1",
        description: "d",
        url: "https://scan.example/",
        componentTypes: ["edge"],
      }),
    },
    {
      name: "evaluations-create",
      url: `${base}/api/v1/evaluations`,
      method: "POST",
      data: json({
        frameworkId: ids.frameworkId,
        catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      }),
    },
    {
      name: "score-save",
      url: `${base}/api/v1/evaluations/${e}*/scores/EDGE-02*`,
      method: "PUT",
      data: json({
        value: 2,
        rationale: "scan",
        evidence: [{ url: "https://scan.example/doc", grade: "tested" }],
      }),
    },
    { name: "scores-list", url: `${base}/api/v1/evaluations/${e}*/scores`, method: "GET" },
    { name: "agreed-list", url: `${base}/api/v1/evaluations/${e}*/agreed`, method: "GET" },
    { name: "summary", url: `${base}/api/v1/evaluations/${e}*/summary?profile=cloud-only`, method: "GET" },
    {
      name: "agreed",
      url: `${base}/api/v1/evaluations/${e}*/agreed/EDGE-03*`,
      method: "PUT",
      data: json({ value: 3, reason: "scan reason" }),
    },
    { name: "submit", url: `${base}/api/v1/evaluations/${e}*/sections/GW*/submit`, method: "POST" },
    {
      name: "comparisons",
      url: `${base}/api/v1/comparisons?evaluations=${e},${ids.otherEvaluationId}&profile=equal`,
      method: "GET",
    },
    { name: "export", url: `${base}/api/v1/evaluations/${e}*/export?format=json`, method: "GET" },
    {
      name: "comparison-export",
      url: `${base}/api/v1/comparisons/export?evaluations=${e},${ids.otherEvaluationId}&profile=equal&format=csv`,
      method: "GET",
    },
    {
      name: "share-create",
      url: `${base}/api/v1/share-links`,
      method: "POST",
      data: json({ evaluationIds: [e], expiresInDays: 3, hideReviewers: false }),
    },
    { name: "share-list", url: `${base}/api/v1/share-links?limit=5`, method: "GET" },
    { name: "weight-profiles-list", url: `${base}/api/v1/weight-profiles?limit=5`, method: "GET" },
    {
      name: "weight-profiles-create",
      url: `${base}/api/v1/weight-profiles`,
      method: "POST",
      data: json({ name: "Scan profile", sectionWeights: { EDGE: 2 }, knockouts: [] }),
    },
    { name: "saved-comparisons-list", url: `${base}/api/v1/saved-comparisons?limit=5`, method: "GET" },
    {
      name: "saved-comparisons-create",
      url: `${base}/api/v1/saved-comparisons`,
      method: "POST",
      data: json({ name: "Scan pair", query: `e=${e},${ids.otherEvaluationId}` }),
    },
    { name: "weight-profile", url: `${base}/api/v1/weight-profiles/${ids.profileId}*`, method: "GET" },
    {
      name: "weight-profile-update",
      url: `${base}/api/v1/weight-profiles/${ids.profileId}*`,
      method: "PATCH",
      data: json({ name: "Scanned again", sectionWeights: { GW: 3 } }),
    },
    {
      name: "saved-comparison",
      url: `${base}/api/v1/saved-comparisons/${ids.savedComparisonId}*`,
      method: "GET",
    },
    {
      name: "saved-comparison-update",
      url: `${base}/api/v1/saved-comparisons/${ids.savedComparisonId}*`,
      method: "PATCH",
      data: json({ name: "Scanned pair again", description: "scanned" }),
    },
    {
      name: "member-role",
      url: `${base}/api/v1/workspaces/${ids.workspace}*/members/${ids.memberId}*`,
      method: "PATCH",
      data: json({ role: "reviewer" }),
    },
    {
      name: "audit-events",
      url: `${base}/api/v1/audit-events?action=framework.&actor=a&targetType=framework&targetId=${ids.frameworkId}&from=2020-01-01&to=2030-01-01&limit=5`,
      method: "GET",
    },
    // Last: the state-changing calls whose effect ends the records above.
    {
      name: "framework-archive",
      url: `${base}/api/v1/frameworks/${ids.frameworkId}*/archive`,
      method: "POST",
    },
    {
      name: "framework-unarchive",
      url: `${base}/api/v1/frameworks/${ids.frameworkId}*/unarchive`,
      method: "POST",
    },
    {
      name: "catalogue-archive",
      url: `${base}/api/v1/catalogues/${ids.catalogue.slug}*/${ids.catalogue.version}*/archive`,
      method: "POST",
    },
    {
      name: "catalogue-unarchive",
      url: `${base}/api/v1/catalogues/${ids.catalogue.slug}*/${ids.catalogue.version}*/unarchive`,
      method: "POST",
    },
    { name: "mapping-archive", url: `${base}/api/v1/mappings/${ids.mappingId}*/archive`, method: "POST" },
    { name: "mapping-unarchive", url: `${base}/api/v1/mappings/${ids.mappingId}*/unarchive`, method: "POST" },
    // The deleting calls address a record that does not exist (a criterion without an agreed
    // value, an unused id): sqlmap's first request would delete a real one, and its answer would
    // change between sqlmap's first two requests (204, then 404). The path is parsed and looked up
    // in the same way; sqlmap injects into every part of it, told not to stop at the 404.
    {
      name: "agreed-clear",
      url: `${base}/api/v1/evaluations/${e}*/agreed/EDGE-04*`,
      method: "DELETE",
      ignoreCodes: [404],
    },
    { name: "share-revoke", url: `${base}/api/v1/share-links/${ids.shareLinkId}*`, method: "DELETE" },
    {
      name: "weight-profile-delete",
      url: `${base}/api/v1/weight-profiles/${ABSENT}*`,
      method: "DELETE",
      ignoreCodes: [404],
    },
    {
      name: "saved-comparison-delete",
      url: `${base}/api/v1/saved-comparisons/${ABSENT}*`,
      method: "DELETE",
      ignoreCodes: [404],
    },
    {
      name: "member-remove",
      url: `${base}/api/v1/workspaces/${ids.workspace}*/members/${ABSENT}*`,
      method: "DELETE",
      ignoreCodes: [404],
    },
    {
      name: "invitation-revoke",
      url: `${base}/api/v1/workspaces/${ids.workspace}*/invitations/${ABSENT}*`,
      method: "DELETE",
      ignoreCodes: [404],
    },
    { name: "members", url: `${base}/api/v1/workspaces/${ids.workspace}*/members?limit=5`, method: "GET" },
    {
      name: "invite",
      url: `${base}/api/v1/workspaces/${ids.workspace}*/invitations`,
      method: "POST",
      data: json({ email: "scan@example.test", role: "viewer" }),
    },
    {
      name: "catalogue-export",
      url: `${base}/api/v1/catalogues/owasp-iot-framework*/2016-03-18*/export?format=oscal`,
      method: "GET",
    },
  ];
}
