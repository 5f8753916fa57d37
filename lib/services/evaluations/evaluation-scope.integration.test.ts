import { describe, expect, it } from "vitest";
import { PATCH as patchEvaluation } from "@/app/api/v1/evaluations/[id]/route";
import { db } from "../../db";
import { runAction } from "../../http/action";
import { call, memberWithToken } from "../../testing/api-calls";
import { createEvaluationFixture, sessionActor } from "../../testing/fixtures";
import { evaluationSummary } from "./evaluation-summary";
import { changeSectionScope } from "./evaluations";
import { saveScore, submitSection } from "./scores";

/** An owner with a token, an evaluation whose CLOUD section the owner scored and submitted. */
async function scoredEvaluation() {
  const owner = await memberWithToken("owner");
  const actor = await sessionActor(owner.userId);
  const { evaluationId: id } = await createEvaluationFixture(owner.slug);
  const cloud = await db().criterion.findMany({
    where: { section: { key: "CLOUD", catalogue: { slug: "owasp-iot-framework" } } },
    select: { key: true },
  });
  for (const c of cloud) await saveScore(actor, owner.slug, id, c.key, { value: 3 });
  await submitSection(actor, owner.slug, id, "CLOUD");
  const patch = (body: object) =>
    call(patchEvaluation, "PATCH", `/api/v1/evaluations/${id}`, { token: owner.token, params: { id }, body });
  const cloudScore = async () =>
    (await evaluationSummary(actor, owner.slug, id)).sections.find((s) => s.key === "CLOUD")?.score ?? null;
  const state = () =>
    db().evaluationSection.findMany({
      where: { evaluationId: id },
      orderBy: { sectionKey: "asc" },
      select: { sectionKey: true, inScope: true, outOfScopeReason: true },
    });
  return { owner, actor, id, patch, cloudScore, state };
}

describe("changing an evaluation's scope after creation", () => {
  it("takes a section out with its reason and brings it back: its scores are kept and count again; audited", async () => {
    const { id, patch, cloudScore, state } = await scoredEvaluation();
    const scored = await cloudScore();
    expect(scored).toBeGreaterThan(0);

    const out = await patch({
      scope: [{ sectionKey: "CLOUD", inScope: false, outOfScopeReason: "No cloud part" }],
    });
    expect(out.status).toBe(200);
    expect(out.body.sections.find((s: { key: string }) => s.key === "CLOUD")).toMatchObject({
      inScope: false,
      outOfScopeReason: "No cloud part",
    });
    expect(await cloudScore()).toBeNull();
    expect(
      await db().score.count({ where: { evaluationId: id, criterionKey: { startsWith: "CLOUD" } } }),
    ).toBeGreaterThan(0);

    const back = await patch({ scope: [{ sectionKey: "CLOUD", inScope: true }] });
    expect(back.status).toBe(200);
    expect((await state()).find((s) => s.sectionKey === "CLOUD")).toEqual({
      sectionKey: "CLOUD",
      inScope: true,
      outOfScopeReason: null,
    });
    expect(await cloudScore()).toBe(scored);
    // The same state again is no change: no third audit event.
    expect((await patch({ scope: [{ sectionKey: "CLOUD", inScope: true }] })).status).toBe(200);
    const audit = await db().auditEvent.findMany({
      where: { targetId: id, action: "evaluation.scope_changed" },
      orderBy: { id: "asc" },
      select: { after: true },
    });
    expect(audit.map((a) => a.after)).toEqual([
      { sectionKey: "CLOUD", inScope: false, outOfScopeReason: "No cloud part" },
      { sectionKey: "CLOUD", inScope: true, outOfScopeReason: null },
    ]);
  });

  it("refuses a missing reason, an unknown section, an empty scope and a final evaluation, naming the field, changing nothing", async () => {
    const { patch, state } = await scoredEvaluation();
    const before = await state();
    const noReason = await patch({ scope: [{ sectionKey: "GW", inScope: false }] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0].field).toBe("scope[0].outOfScopeReason");
    const unknown = await patch({
      scope: [{ sectionKey: "NOPE", inScope: false, outOfScopeReason: "why not" }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0].field).toBe("scope[0].sectionKey");
    const all = before.map((s) => ({
      sectionKey: s.sectionKey,
      inScope: false,
      outOfScopeReason: "none of it",
    }));
    const empty = await patch({ scope: all });
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues[0].field).toBe("scope");
    expect(await state()).toEqual(before);

    expect((await patch({ status: "final" })).status).toBe(200);
    const gw = [{ sectionKey: "GW", inScope: false, outOfScopeReason: "Gateway not offered" }];
    const final = await patch({ scope: gw });
    expect(final.status).toBe(409);
    expect(final.body.error.message).toMatch(/Reopen it first/);
    expect(await state()).toEqual(before);
    // Reopening comes first in one PATCH: reopen and rescope together.
    const reopened = await patch({ status: "in_review", reason: "rescope", scope: gw });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe("in_review");
    expect((await state()).find((s) => s.sectionKey === "GW")?.inScope).toBe(false);
  });

  it("from the overview's form: the reason's field error reaches the form; reviewers cannot change scope", async () => {
    const { owner, actor, id, state } = await scoredEvaluation();
    const before = await state();
    const refused = await runAction(() =>
      changeSectionScope(actor, owner.slug, id, { sectionKey: "EDGE", inScope: false, outOfScopeReason: "" }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { outOfScopeReason: "Give a reason." } });
    const reviewer = await memberWithToken("reviewer", owner.slug);
    await expect(
      changeSectionScope(await sessionActor(reviewer.userId), owner.slug, id, {
        sectionKey: "EDGE",
        inScope: false,
        outOfScopeReason: "not mine to say",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await state()).toEqual(before);
    await changeSectionScope(actor, owner.slug, id, {
      sectionKey: "EDGE",
      inScope: false,
      outOfScopeReason: "No edge SDK",
    });
    expect((await state()).find((s) => s.sectionKey === "EDGE")).toMatchObject({
      inScope: false,
      outOfScopeReason: "No edge SDK",
    });
  });
});
