import * as R from "../../schemas/api-responses";
import { auditPaths } from "./audit";
import { cataloguePaths } from "./catalogues";
import { savedComparisonPaths, weightProfilePaths } from "./comparison-records";
import { comparisonPaths } from "./comparisons";
import { schema } from "./components";
import { evaluationPaths } from "./evaluations";
import { exportPaths } from "./exports";
import { frameworkPaths } from "./frameworks";
import { mappingPaths } from "./mappings";
import { memberPaths } from "./members";
import { nameOperations, TAGS } from "./operations";
import { referencePaths } from "./reference";
import { reportPaths } from "./reports";
import { shareLinkPaths } from "./share-links";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that validate
 * requests (and describe responses), so the document cannot drift from the code. Each area
 * describes its own paths; the order here is the order clients see.
 */
export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "IoT Framework Security Scorecard API",
      version,
      description:
        "Personal API tokens: `Authorization: Bearer sct_…`. A token acts in one workspace, with its scopes (read, write) and its user's role.",
      contact: {
        name: "IoT Framework Security Scorecard maintainers",
        url: "https://scorecard.invalid/support",
      },
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: { Error: schema(R.errorResponse) },
    },
    tags: [...TAGS],
    paths: nameOperations({
      ...referencePaths(),
      ...memberPaths(),
      ...frameworkPaths(),
      ...evaluationPaths(),
      ...comparisonPaths(),
      ...savedComparisonPaths(),
      ...weightProfilePaths(),
      ...reportPaths(),
      ...exportPaths(),
      ...cataloguePaths(),
      ...mappingPaths(),
      ...shareLinkPaths(),
      ...auditPaths(),
    }),
  };
}
