import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as evaluationExport } from "@/app/api/v1/evaluations/[id]/export/route";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { GET as shareLanding } from "@/app/s/[token]/route";
import { GET as sharePdf } from "@/app/s/[token]/report.pdf/route";
import { requestMeta } from "../auth/request-meta";
import { limitSignInAttempts } from "../http/sign-in-limit";
import { createToken } from "../services/accounts/api-tokens";
import { createMember, sessionActor, uniqueIp } from "../testing/fixtures";
import { hitRateLimit } from "./limiter";

/** The real route handlers, called as Next calls them: status, headers and body of a 429. */
const token = "A".repeat(43); // well-formed, leads nowhere
const from = (ip: string, extra: Record<string, string> = {}) => ({
  "x-forwarded-for": ip,
  "user-agent": "vitest",
  ...extra,
});

beforeAll(() => {
  vi.stubEnv("RATE_LIMITS", "sharePdf=1/60,shareView=1/60,signIn=2/60,export=1/60");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

function expectRetryAfter(res: Response) {
  expect(res.status).toBe(429);
  const seconds = Number(res.headers.get("retry-after"));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(60);
  return seconds;
}

describe("routes over their rate limit", () => {
  it("share PDF: a guessed token counts too; then 429 with Retry-After and a rate_limited JSON error", async () => {
    const headers = from(uniqueIp());
    const call = () =>
      sharePdf(new NextRequest(`http://localhost/s/${token}/report.pdf`, { headers }), {
        params: Promise.resolve({ token }),
      });
    expect((await call()).status).toBe(404);
    const refused = await call();
    const seconds = expectRetryAfter(refused);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toEqual({
      error: {
        code: "rate_limited",
        message: `Too many requests — try again in ${seconds} s.`,
        retryAfter: seconds,
        limit: "sharePdf",
      },
    });
  });

  it("share page: 429 as a plain page with Retry-After", async () => {
    const headers = from(uniqueIp());
    const call = () =>
      shareLanding(new Request(`http://localhost/s/${token}`, { headers }), {
        params: Promise.resolve({ token }),
      });
    expect((await call()).status).toBe(404);
    const refused = await call();
    const seconds = expectRetryAfter(refused);
    expect(refused.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await refused.text()).toContain(`Too many requests — try again in ${seconds} s.`);
  });

  it("sign-in: every POST next-auth would treat as a sign-in counts per address before it runs; other auth calls do not", async () => {
    const headers = from(uniqueIp(), { "content-type": "application/x-www-form-urlencoded" });
    const post = (path: string) =>
      new NextRequest(`http://localhost/api/auth/${path}`, {
        method: "POST",
        headers,
        body: "email=a%40b.test&password=x&json=true",
      });
    // Next hands next-auth the decoded segments: these are what decide, not the raw path.
    const ctx = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });
    const inner = vi.fn(async () => Response.json({ url: "http://localhost/w" }));
    const wrapped = limitSignInAttempts(inner);
    await wrapped(post("callback/credentials"), ctx("callback", "credentials"));
    await wrapped(post("signout"), ctx("signout"));
    await wrapped(new NextRequest("http://localhost/api/auth/session", { headers }), ctx("session"));
    // A trailing segment or an escaped letter is the same sign-in to next-auth: counted too.
    await wrapped(post("callback/%63redentials/x"), ctx("callback", "credentials", "x"));
    expect(inner).toHaveBeenCalledTimes(4);
    const refused = await wrapped(post("callback/credentials/"), ctx("callback", "credentials"));
    expect(inner).toHaveBeenCalledTimes(4);
    const seconds = expectRetryAfter(refused);
    const body = await refused.json();
    expect(body.error).toMatchObject({ code: "rate_limited", retryAfter: seconds, limit: "signIn" });
    // next-auth's client reads the message from `url`'s error parameter; the form shows it.
    expect(new URL(body.url).searchParams.get("error")).toBe(
      `Too many requests — try again in ${seconds} s.`,
    );
  });

  it("sign-in: the real next-auth route answers 429 once the address is over the limit", async () => {
    const headers = from(uniqueIp(), { "content-type": "application/x-www-form-urlencoded" });
    const req = () =>
      new NextRequest("http://localhost/api/auth/callback/credentials", {
        method: "POST",
        headers,
        body: "email=a%40b.test&password=x&json=true",
      });
    const meta = requestMeta(req().headers);
    await hitRateLimit("signIn", { meta });
    await hitRateLimit("signIn", { meta });
    const refused = await nextAuthPost(req(), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expectRetryAfter(refused);
    expect((await refused.json()).error.code).toBe("rate_limited");
  });

  it("API export: counted per user, whichever address the token comes from", async () => {
    const m = await createMember();
    const { token: bearer } = await createToken(await sessionActor(m.userId), m.slug, {
      name: "limit",
      scopes: ["read"],
      expiresInDays: 1,
    });
    const id = crypto.randomUUID();
    const call = () =>
      evaluationExport(
        new NextRequest(`http://localhost/api/v1/evaluations/${id}/export?format=csv`, {
          headers: from(uniqueIp(), { authorization: `Bearer ${bearer}` }),
        }),
        { params: Promise.resolve({ id }) },
      );
    expect((await call()).status).toBe(404);
    const refused = await call();
    expectRetryAfter(refused);
    expect((await refused.json()).error).toMatchObject({ code: "rate_limited", limit: "export" });
  });
});
