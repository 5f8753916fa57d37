import { expect, type APIRequestContext } from "@playwright/test";
import { ownerInfo, unique } from "./helpers";

const SECTIONS = ["EDGE", "GW", "CLOUD", "MOBILE"] as const;
type Profile = Record<(typeof SECTIONS)[number], number>;

/**
 * Scored, submitted evaluations through the API (the owner reviews alone, so after submitting
 * every section the consensus is their score). Each vendor scores every criterion of a section
 * the same, so the expected section scores are value × 25.
 */
export async function scoredVendors(
  request: APIRequestContext,
  vendors: Array<{ name: string; scores: Profile }>,
) {
  const owner = ownerInfo();
  const headers = { Authorization: `Bearer ${owner.token}` };
  const catalogue = await (
    await request.get("/api/v1/catalogues/owasp-iot-framework/2016-03-18", { headers })
  ).json();
  const keys: Array<{ key: string; section: (typeof SECTIONS)[number] }> = catalogue.sections.flatMap(
    (s: { key: (typeof SECTIONS)[number]; criteria: Array<{ key: string }> }) =>
      s.criteria.map((c) => ({ key: c.key, section: s.key })),
  );
  const suffix = unique();
  const out: Array<{ name: string; id: string }> = [];
  for (const v of vendors) {
    const name = `${v.name} ${suffix}`;
    const fw = await request.post("/api/v1/frameworks", {
      headers,
      data: { name, vendor: `${v.name} Inc.`, productVersion: "1.0", componentTypes: ["edge", "cloud"] },
    });
    expect(fw.status()).toBe(201);
    const ev = await request.post("/api/v1/evaluations", {
      headers,
      data: {
        frameworkId: (await fw.json()).id,
        catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      },
    });
    expect(ev.status()).toBe(201);
    const { id } = await ev.json();
    await Promise.all(
      keys.map(async ({ key, section }) => {
        const put = () =>
          request.put(`/api/v1/evaluations/${id}/scores/${key}`, {
            headers,
            data: {
              value: v.scores[section],
              rationale: `${v.name} on ${key}`,
              evidence: [{ url: `https://docs.example/${key}`, grade: "documentation" }],
            },
          });
        let res = await put();
        // A burst of 58 parallel saves (times two workers) may meet admission control: a client
        // told `503 busy` waits Retry-After and tries again, as the README asks of API clients.
        for (let tries = 0; res.status() === 503 && tries < 5; tries++) {
          await new Promise((r) => setTimeout(r, Number(res.headers()["retry-after"] ?? 1) * 1000));
          res = await put();
        }
        expect(res.status(), await res.text()).toBe(200);
      }),
    );
    for (const s of SECTIONS)
      expect(
        (await request.post(`/api/v1/evaluations/${id}/sections/${s}/submit`, { headers })).status(),
      ).toBe(200);
    out.push({ name, id });
  }
  return out;
}
