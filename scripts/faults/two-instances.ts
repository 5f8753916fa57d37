/**
 * `npm run test:instances` (run by .ci/run): two app processes on one PostgreSQL, as behind a
 * load balancer. What one instance changes, the other enforces on its next request: sessions
 * and their revocation, the sign-in lockout counters (and their per-IP throttle), API token
 * revocation and share-link revocation. Nothing of this may live in one process's memory.
 */
import { startApp } from "../bench/app-server";
import { buildIfNeeded } from "../build-if-needed";
import { seededDatabase } from "../seeded-database";
import { browserLike } from "./http-client";

const SECRET = "instances-only-secret";
const problems: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) problems.push(what);
};

async function main() {
  buildIfNeeded();
  const db = await seededDatabase("scorecard_instances");
  const apps: Array<Awaited<ReturnType<typeof startApp>>> = [];
  // The test client plays one reverse proxy (it sends X-Forwarded-For per simulated client), so
  // each sign-in below counts against its own client address, not all against 127.0.0.1.
  try {
    const fx = await import("../../lib/testing/fixtures");
    const owner = await fx.createMember({ role: "owner" });
    const actor = await fx.sessionActor(owner.userId);
    const { createToken, revokeToken } = await import("../../lib/services/accounts/api-tokens");
    const minted = await createToken(actor, owner.slug, {
      name: "instances",
      scopes: ["read", "write"],
      expiresInDays: 1,
    });
    const { evaluationId } = await fx.createEvaluationFixture(owner.slug);
    const { createShareLink } = await import("../../lib/services/sharing/share-links");
    const share = await createShareLink(actor, owner.slug, { evaluationIds: [evaluationId] });
    const { disconnectDb } = await import("../../lib/db");
    for (const port of [3301, 3302])
      apps.push(
        await startApp(port, db.url, {
          NEXTAUTH_SECRET: SECRET,
          DATABASE_POOL_SIZE: "5",
          TRUST_PROXY_HOPS: "1",
        }),
      );
    const [a, b] = ["http://127.0.0.1:3301", "http://127.0.0.1:3302"];

    // A session made on A is valid on B; revoked on A (sign out everywhere), B refuses it.
    const user = browserLike(a);
    check(await user.signIn(owner.email, fx.PASSWORD, "192.0.2.10"), "sign in on instance A");
    const onB = browserLike(b);
    for (const [k, v] of user.cookies()) onB.jar.set(k, v);
    check((await onB.get(`/w/${owner.slug}`)).status === 200, "instance B accepts the session made on A");
    // Revoked by the admin CLI (the same service "sign out everywhere" uses), i.e. in the database.
    const { cliRevokeSessions } = await import("../../lib/services/admin/admin-cli");
    await cliRevokeSessions(owner.email);
    const after = await onB.get(`/w/${owner.slug}`);
    check(
      after.status >= 300 && after.status < 400 && /sign-in/.test(after.headers.get("location") ?? ""),
      "after revocation, B sends the session to sign-in",
    );

    // Lockout: 10 failures spread over A and B lock the account on both.
    const victim = await fx.createMember({ role: "reviewer", slug: owner.slug });
    for (let i = 0; i < 10; i++)
      await browserLike(i % 2 ? b : a).signIn(victim.email, "wrong-password-123", `192.0.2.${20 + i}`);
    check(
      !(await browserLike(b).signIn(victim.email, fx.PASSWORD, "192.0.2.99")),
      "after 10 failures across A and B, the right password is refused on B",
    );
    check(!(await browserLike(a).signIn(victim.email, fx.PASSWORD, "192.0.2.98")), "… and on A");

    // API token: works on B, revoked through A's service path, refused by B at once.
    const headers = { authorization: `Bearer ${minted.token}` };
    check((await fetch(`${b}/api/v1/me`, { headers })).status === 200, "the API token works on B");
    await revokeToken(actor, owner.slug, { tokenId: minted.id });
    check(
      (await fetch(`${b}/api/v1/me`, { headers })).status === 401,
      "revoked, it is refused by B on the next request",
    );

    // Share link: revoked through A's API, gone on B.
    // A new session: the first one was revoked above, and minting a token needs a live, stepped-up one.
    const apiToken = await createToken(await fx.sessionActor(owner.userId), owner.slug, {
      name: "api",
      scopes: ["read", "write"],
      expiresInDays: 1,
    });
    check(
      (await fetch(`${b}${share.path}`, { redirect: "manual" })).status === 307,
      "the share link opens on B",
    );
    const del = await fetch(`${a}/api/v1/share-links/${share.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${apiToken.token}` },
    });
    check(del.status === 204, "the link is revoked through A's API");
    check(
      (await fetch(`${b}${share.path}`, { redirect: "manual" })).status === 410,
      "B answers 410 on the next request",
    );
    await disconnectDb();
  } finally {
    for (const app of apps) app.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await db.drop().catch(() => {});
  }
  if (problems.length) {
    console.error(`TWO-INSTANCE TEST FAILED (${problems.length})`);
    process.exit(1);
  }
  console.log("two-instance test passed");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
