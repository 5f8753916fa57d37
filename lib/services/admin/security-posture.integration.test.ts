import { describe, expect, it } from "vitest";
import { createEvaluationFixture, createMember, sessionActor } from "../../testing/fixtures";
import { securityPosture } from "./security-posture";
import { createShareLink, revokeShareLink } from "../sharing/share-links";

describe("security posture", () => {
  it("reports version, active share links and an intact audit chain to admins only", async () => {
    const owner = await createMember({ role: "owner" });
    const actor = await sessionActor(owner.userId);
    const before = await securityPosture(actor, owner.slug);
    expect(before).toMatchObject({ activeShareLinks: 0, chain: { ok: true } });
    expect(before.version).toBeTruthy();
    expect(["ok", "unavailable"]).toContain(before.audit.status);
    const { evaluationId } = await createEvaluationFixture(owner.slug);
    const link = await createShareLink(actor, owner.slug, { evaluationIds: [evaluationId] });
    expect((await securityPosture(actor, owner.slug)).activeShareLinks).toBe(1);
    await revokeShareLink(actor, owner.slug, link.id);
    expect((await securityPosture(actor, owner.slug)).activeShareLinks).toBe(0);
    const reviewer = await createMember({ role: "reviewer", slug: owner.slug });
    await expect(securityPosture(await sessionActor(reviewer.userId), owner.slug)).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
