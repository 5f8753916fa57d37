/**
 * `npm run test:security` (run by .ci/run): Debian's sqlmap against every /api/v1 endpoint and
 * parameter with a valid token (level 2, batch): 0 injectable; Debian's wapiti crawling and
 * attacking the UI and the API while signed in: 0 findings of medium severity or above
 * (an HTTP 500 "anomaly" counts as a finding). Reports go to reports/ (git-ignored).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { encode } from "next-auth/jwt";
import { startApp } from "../bench/app-server";
import { buildIfNeeded } from "../build-if-needed";
import { seededDatabase } from "../seeded-database";
import { sqlmap, type SqlmapResult } from "./sqlmap";
import { apiTargets } from "./targets";
import { wapiti } from "./wapiti";

const SECRET = "security-scan-only-secret";
const PORT = 3305;
const ONLY = process.env.SECURITY_ONLY; // "sqlmap" | "wapiti" to run one scanner while iterating

async function main() {
  if (process.env.SECURITY_SKIP_BUILD !== "1") buildIfNeeded();
  mkdirSync("reports/sqlmap", { recursive: true });
  const db = await seededDatabase("scorecard_security");
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const problems: string[] = [];
  try {
    const fx = await import("../../lib/testing/fixtures");
    const owner = await fx.createMember({ role: "owner" });
    const actor = await fx.sessionActor(owner.userId);
    const { createToken } = await import("../../lib/services/accounts/api-tokens");
    const { token } = await createToken(actor, owner.slug, {
      name: "scanner",
      scopes: ["read", "write"],
      expiresInDays: 1,
    });
    const [a, b] = [
      await fx.createEvaluationFixture(owner.slug),
      await fx.createEvaluationFixture(owner.slug),
    ];
    const { saveScore } = await import("../../lib/services/evaluations/scores");
    await saveScore(actor, owner.slug, a.evaluationId, "EDGE-01", {
      value: 3,
      rationale: "seed",
      evidence: [{ url: "https://seed.example/", grade: "documentation" }],
    });
    const { createShareLink } = await import("../../lib/services/sharing/share-links");
    const share = await createShareLink(actor, owner.slug, {
      evaluationIds: [a.evaluationId, b.evaluationId],
    });
    // Records the /{id} routes of the API address: a profile, a saved comparison, a viewer and a pending invitation (listed).
    const { createWeightProfile } = await import("../../lib/services/comparisons/weight-profiles");
    const profile = await createWeightProfile(actor, owner.slug, {
      name: "Scanned",
      sectionWeights: { GW: 2 },
    });
    const { saveComparison } = await import("../../lib/services/comparisons/saved-comparisons");
    const saved = await saveComparison(actor, owner.slug, {
      name: "Scanned pair",
      query: `e=${a.evaluationId},${b.evaluationId}`,
    });
    const viewer = await fx.createMember({ role: "viewer", slug: owner.slug });
    const { inviteMember } = await import("../../lib/services/workspaces/invitations");
    await inviteMember(actor, owner.slug, {
      email: "pending@example.test",
      role: "viewer",
    });
    // The workspace's own catalogue and mapping set (built-in ones may not be archived: 403).
    const data = await import("../../lib/services/catalogues/catalogue-fixtures");
    const catalogue = await data.importedCatalogueFixture(owner.slug);
    const mappingId = await data.importedMappingFixture(owner.workspaceId);
    const jwt = await encode({ token: { sub: owner.userId, sid: actor.sessionId }, secret: SECRET });
    const { disconnectDb } = await import("../../lib/db");
    await disconnectDb();
    app = await startApp(PORT, db.url, { NEXTAUTH_SECRET: SECRET });
    const base = `http://127.0.0.1:${PORT}`;

    const results: SqlmapResult[] = [];
    if (ONLY !== "wapiti") {
      for (const t of apiTargets(base, {
        evaluationId: a.evaluationId,
        otherEvaluationId: b.evaluationId,
        frameworkId: a.frameworkId,
        shareLinkId: share.id,
        workspace: owner.slug,
        profileId: profile.id,
        savedComparisonId: saved.id,
        memberId: viewer.userId,
        mappingId,
        catalogue,
      })) {
        const r = await sqlmap(t, token, "reports/sqlmap");
        results.push(r);
        console.log(
          `sqlmap ${t.method} ${t.name}: ${r.injectable ? "INJECTABLE" : r.tested ? "not injectable" : "NOT TESTED"} (${r.seconds} s)${r.httpErrors ? `; answers seen: ${r.httpErrors}` : ""}`,
        );
        if (r.serverErrors) problems.push(`sqlmap: ${t.name} provoked a server error (${r.httpErrors})`);
        if (r.unauthorized) problems.push(`sqlmap: ${t.name} was refused the token (${r.httpErrors})`);
        if (r.injectable) problems.push(`sqlmap: ${t.name} is injectable\n${r.tail}`);
        if (!r.tested) problems.push(`sqlmap: ${t.name} was not tested\n${r.tail}`);
      }
    }
    let findings: Awaited<ReturnType<typeof wapiti>> = [];
    if (ONLY !== "sqlmap") {
      const starts = [
        `/w/${owner.slug}`,
        `/w/${owner.slug}/evaluations/${a.evaluationId}`,
        `/w/${owner.slug}/compare?e=${a.evaluationId},${b.evaluationId}`,
        `/w/${owner.slug}/evaluations/${a.evaluationId}/score/EDGE`,
        `/api/v1/frameworks`,
        `/api/v1/evaluations`,
        `/api/v1/comparisons?evaluations=${a.evaluationId},${b.evaluationId}`,
        `/catalogues`,
      ].map((p) => `${base}${p}`);
      // No exclusions: wapiti 3.0.4's -x breaks on Python 3.11 (a regex flag error). The data is
      // throwaway; a sign-out the crawler triggers only shortens its authenticated part.
      findings = await wapiti(base, `next-auth.session-token=${jwt}`, token, starts, "reports/wapiti.json");
      const serious = findings.filter((f) => f.level >= 2);
      console.log(`wapiti: ${findings.length} findings, ${serious.length} of medium severity or above`);
      for (const f of serious)
        problems.push(`wapiti: ${f.category} (level ${f.level}) ${f.method} ${f.path}: ${f.info}`);
    }
    writeFileSync(
      "reports/security-summary.json",
      JSON.stringify({ at: new Date().toISOString(), sqlmap: results, wapiti: findings }, null, 2),
    );
  } finally {
    app?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await db.drop().catch(() => {});
  }
  if (problems.length) {
    console.error(`SECURITY SCAN FAILED:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("security scan passed: 0 injectable parameters, 0 medium+ findings (reports/)");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
