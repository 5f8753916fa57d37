import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { runAction } from "../../http/action";
import { createEvaluationFixture, createMember, sessionActor, type TestMember } from "../../testing/fixtures";
import { SAVED_PAGE_SIZE, saveComparison, savedComparisonsPage } from "./saved-comparisons";

let owner: TestMember;
let actor: Actor;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
});

const savedCount = () => db().savedComparison.count({ where: { workspaceId: owner.workspaceId } });

describe("saving a comparison", () => {
  it.each([["p=equal&diff=1"], [""], ["e="], ["?sort=x"]])(
    "refuses a query without evaluations (%j) by the query field, saving nothing",
    async (query) => {
      const before = await savedCount();
      const err = await saveComparison(actor, owner.slug, {
        name: "No selection",
        query: query || "diff=1",
      }).catch((e) => e);
      expect(err).toMatchObject({
        code: "validation_failed",
        issues: [{ field: "query", message: expect.stringContaining("e=") }],
      });
      expect(await savedCount()).toBe(before);
    },
  );

  it("reaches the form as a field error, not an unexpected failure", async () => {
    const state = await runAction(() =>
      saveComparison(actor, owner.slug, { name: "No selection", query: "p=equal" }),
    );
    expect(state).toMatchObject({
      ok: false,
      code: "validation_failed",
      fieldErrors: { query: expect.stringContaining("e=") },
    });
  });
});

describe("the saved list, a page at a time", () => {
  it("pages newest first with each leader, clamps past the end, and names a bad page", async () => {
    const ws = await createMember({ role: "owner" });
    const a = await sessionActor(ws.userId);
    const evs = [
      (await createEvaluationFixture(ws.slug)).evaluationId,
      (await createEvaluationFixture(ws.slug)).evaluationId,
    ];
    expect(await savedComparisonsPage(a, ws.slug, {})).toEqual({
      items: [],
      page: 1,
      pageCount: 1,
      total: 0,
    });

    const total = SAVED_PAGE_SIZE + 2;
    await db().savedComparison.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        workspaceId: ws.workspaceId,
        name: `Saved ${String(i).padStart(2, "0")}`,
        description: "",
        query: `e=${evs.join(",")}`,
        createdById: ws.userId,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const first = await savedComparisonsPage(a, ws.slug, { page: "1" });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total });
    expect(first.items.map((c) => c.name)).toEqual(
      Array.from({ length: SAVED_PAGE_SIZE }, (_, i) => `Saved ${String(total - 1 - i).padStart(2, "0")}`),
    );
    expect(first.items[0]).toMatchObject({ vendors: 2, top: { name: expect.stringMatching(/^FW /) } });
    const second = await savedComparisonsPage(a, ws.slug, { page: "2" });
    expect(second.items.map((c) => c.name)).toEqual(["Saved 01", "Saved 00"]);
    expect((await savedComparisonsPage(a, ws.slug, { page: "99" })).page).toBe(2);

    for (const page of ["0", "abc", "1.5"]) {
      await expect(savedComparisonsPage(a, ws.slug, { page })).rejects.toMatchObject({
        code: "validation_failed",
        issues: [{ field: "page" }],
      });
    }
    // Another workspace's member sees none of it.
    await expect(savedComparisonsPage(actor, ws.slug, {})).rejects.toMatchObject({ code: "not_found" });
  });
});
