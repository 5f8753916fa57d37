import { expect, test } from "@playwright/test";
import { newMember, ownerInfo } from "./helpers";

/**
 * Over the real HTTP stack: a signed-in user past the per-user export limit (60 a minute,
 * as in production) gets 429 with Retry-After and a JSON error, while others are unaffected.
 * (The per-address limits are off in this suite — every spec comes from 127.0.0.1 — and are
 * tested at route level in lib/rate-limit/routes.integration.test.ts.)
 */
test("past the per-user export limit: 429 with Retry-After; another user still downloads", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const owner = ownerInfo();
  const { page, ctx } = await newMember(browser, "viewer");
  const url = `/w/${owner.workspace}/catalogues/owasp-iot-framework/2016-03-18/export?format=oscal`;
  let ok = 0;
  let refused: Awaited<ReturnType<typeof page.request.get>> | undefined;
  // 60 fit in a window; a window boundary crossed mid-loop only means a few more requests.
  for (let i = 0; i < 150 && !refused; i++) {
    const res = await page.request.get(url);
    if (res.status() === 429) refused = res;
    else {
      expect(res.status()).toBe(200);
      ok++;
    }
  }
  expect(refused, "no 429 after 150 exports").toBeDefined();
  expect(ok).toBeGreaterThanOrEqual(60);
  const retryAfter = Number(refused!.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await refused!.json()).toEqual({
    error: {
      code: "rate_limited",
      message: `Too many requests — try again in ${retryAfter} s.`,
      retryAfter,
      limit: "export",
    },
  });
  // Counted per user: the owner's token is not affected.
  const other = await request.get(`/api/v1/catalogues/owasp-iot-framework/2016-03-18/export?format=oscal`, {
    headers: { Authorization: `Bearer ${owner.readToken}` },
  });
  expect(other.status()).toBe(200);
  await ctx.close();
});
