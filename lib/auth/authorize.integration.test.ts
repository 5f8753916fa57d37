import { describe, expect, it } from "vitest";
import { createMember, sessionActor, tokenActor } from "../testing/fixtures";
import { authorize } from "./authorize";

/**
 * Services audit and filter by the actor `authorize` hands back, so it must be the very caller
 * that was checked (its token, session and request metadata intact), not a copy or a lookup.
 */
describe("authorize", () => {
  it("returns the checked actor itself, with the workspace and role", async () => {
    const m = await createMember({ role: "reviewer" });
    const me = await sessionActor(m.userId);
    const auth = await authorize(me, m.slug, "scores.write");
    expect(auth.actor).toBe(me);
    expect(auth).toMatchObject({ role: "reviewer", workspace: { id: m.workspaceId, slug: m.slug } });
  });

  it("returns a token caller as the token actor", async () => {
    const m = await createMember({ role: "admin" });
    const viaToken = await tokenActor(await sessionActor(m.userId), m.slug, ["read"]);
    const auth = await authorize(viaToken, m.slug, "evaluations.read");
    expect(auth.actor).toBe(viaToken);
    expect(auth.actor.token?.workspaceId).toBe(m.workspaceId);
  });

  it("returns no actor when the gate refuses", async () => {
    const m = await createMember({ role: "viewer" });
    await expect(authorize(null, m.slug, "workspace.read")).rejects.toMatchObject({ code: "unauthorized" });
    await expect(authorize(await sessionActor(m.userId), m.slug, "scores.write")).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
