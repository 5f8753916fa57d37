import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { createEvaluationFixture, createMember, owaspCatalogue, sessionActor } from "../../testing/fixtures";
import { updateSavedComparison } from "./saved-comparison-records";
import { saveComparison } from "./saved-comparisons";
import { updateWeightProfile } from "./weight-profile-update";
import { createWeightProfile } from "./weight-profiles";

/**
 * Two writers racing to one name: both pass the service's "is it taken?" read, and the loser's
 * write meets the unique index. The race is made certain: the winner's transaction is held open
 * (its `within` step waits) until the loser is blocked on the index, then commits.
 */
async function whileHeldOpen<T>(
  winner: (within: () => Promise<void>) => Promise<unknown>,
  loser: () => Promise<T>,
) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let inside!: () => void;
  const entered = new Promise<void>((r) => (inside = r));
  const first = winner(async () => {
    inside();
    await held;
  });
  await entered;
  const second = loser().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await blockedOnALock();
  release();
  await first;
  return second;
}

/** Until some backend waits on a lock (the loser on the index entry), at most 5 s. */
async function blockedOnALock() {
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await db().$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const taken = {
  error: expect.objectContaining({ code: "conflict", issues: [{ field: "name", message: "already used" }] }),
};

let actor: Actor;
let slug: string;
let workspaceId: string;

beforeAll(async () => {
  await owaspCatalogue();
  const owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
  ({ slug, workspaceId } = owner);
});

const profile = (name: string) => ({ name, sectionWeights: { GW: 2, EDGE: 1, CLOUD: 1, MOBILE: 1 } });

describe("a name raced for by two writers is a 409 naming `name`, never a 500", () => {
  it("weight profiles: two creates, and a rename against a create", async () => {
    const both = await whileHeldOpen(
      (within) => createWeightProfile(actor, slug, profile("Raced"), within),
      () => createWeightProfile(actor, slug, profile("Raced")),
    );
    expect(both).toEqual(taken);

    const other = await createWeightProfile(actor, slug, profile("Other"));
    const renamed = await whileHeldOpen(
      (within) => createWeightProfile(actor, slug, profile("Renamed"), within),
      () => updateWeightProfile(actor, slug, other.id, { name: "Renamed" }),
    );
    expect(renamed).toEqual(taken);
    const names = await db().weightProfile.findMany({ where: { workspaceId }, select: { name: true } });
    expect(names.map((p) => p.name).sort()).toEqual(["Other", "Raced", "Renamed"]);
  });

  it("saved comparisons: two saves, and a rename against a save", async () => {
    const evs = [
      (await createEvaluationFixture(slug)).evaluationId,
      (await createEvaluationFixture(slug)).evaluationId,
    ];
    const saved = (name: string) => ({ name, query: `e=${evs.join(",")}` });
    const both = await whileHeldOpen(
      (within) => saveComparison(actor, slug, saved("Raced"), within),
      () => saveComparison(actor, slug, saved("Raced")),
    );
    expect(both).toEqual(taken);

    const other = await saveComparison(actor, slug, saved("Other"));
    const renamed = await whileHeldOpen(
      (within) => saveComparison(actor, slug, saved("Renamed"), within),
      () => updateSavedComparison(actor, slug, other.id, { name: "Renamed" }),
    );
    expect(renamed).toEqual(taken);
    const names = await db().savedComparison.findMany({ where: { workspaceId }, select: { name: true } });
    expect(names.map((c) => c.name).sort()).toEqual(["Other", "Raced", "Renamed"]);
  });
});
