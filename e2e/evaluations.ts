import { expect, type Page } from "@playwright/test";
import { ownerInfo, unique } from "./helpers";

/** An evaluation with only the Gateway section (8 criteria) in scope, made through the API. */
export async function gatewayEvaluation(page: Page) {
  const owner = ownerInfo();
  const auth = { Authorization: `Bearer ${owner.token}` };
  const fw = await (
    await page.request.post("/api/v1/frameworks", {
      headers: auth,
      data: {
        name: `GW stack ${unique()}`,
        vendor: "Acme",
        productVersion: "3.0",
        componentTypes: ["gateway"],
      },
    })
  ).json();
  const res = await page.request.post("/api/v1/evaluations", {
    headers: auth,
    data: {
      frameworkId: fw.id,
      catalogue: { slug: "owasp-iot-framework", version: "2016-03-18" },
      sections: ["GW"],
      outOfScopeReasons: { EDGE: "gateway only", CLOUD: "gateway only", MOBILE: "gateway only" },
    },
  });
  expect(res.status()).toBe(201);
  return { id: (await res.json()).id as string, frameworkId: fw.id as string };
}
