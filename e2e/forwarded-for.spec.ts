import { expect, test } from "@playwright/test";
import { OWNER_STATE, ownerInfo, unique } from "./helpers";

test.use({ storageState: OWNER_STATE });

/**
 * With no trusted proxy (the e2e server runs with TRUST_PROXY_HOPS unset), the client address
 * is the socket's, whatever X-Forwarded-For says: a spoofed header cannot forge the audit IP
 * (nor, by the same address, dodge the per-IP sign-in lockout).
 */
test("a client-sent X-Forwarded-For is ignored: the audit row records the socket address", async ({
  page,
}) => {
  const owner = ownerInfo();
  const res = await page.request.post(`/api/v1/workspaces/${owner.workspace}/invitations`, {
    headers: {
      Authorization: `Bearer ${owner.token}`,
      "X-Forwarded-For": "203.0.113.66, 198.51.100.77",
      Forwarded: "for=203.0.113.66",
      "X-Real-IP": "203.0.113.66",
    },
    data: { email: `xff-${unique()}@example.test`, role: "viewer" },
  });
  expect(res.status()).toBe(201);
  const { id } = await res.json();
  const audit = await page.request.get(`/w/${owner.workspace}/audit/export?action=member.invited`);
  expect(audit.status()).toBe(200);
  const row = (await audit.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .find((r) => r.targetId === id);
  expect(row?.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
});
