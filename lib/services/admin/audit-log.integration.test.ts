import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record";
import { db } from "../../db";
import { createMember, sessionActor, suffix, type TestMember } from "../../testing/fixtures";
import { listAuditEvents } from "./audit-log";

/** The audit filters match what was typed, literally: `%`, `_` and `\` are characters, not LIKE wildcards. */
let owner: TestMember;
let actor: Actor;
const tag = suffix();
const EMAILS = [`a_b.${tag}@example.test`, `axb.${tag}@example.test`, `a\\b.${tag}@example.test`];

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
  await db().$transaction(async (tx) => {
    for (const email of EMAILS) {
      await recordAudit(tx, {
        action: "framework.created",
        actorEmail: email,
        meta: { ip: null, userAgent: "vitest" },
        workspaceId: owner.workspaceId,
        targetType: "framework",
        targetId: email,
      });
    }
    await recordAudit(tx, {
      action: "frameworkxcreated",
      actorEmail: EMAILS[0],
      meta: { ip: null, userAgent: "vitest" },
      workspaceId: owner.workspaceId,
      targetType: "framework",
      targetId: "action",
    });
  });
});

const actors = async (filters: Record<string, string>) =>
  (await listAuditEvents(actor, owner.slug, filters)).events.map((e) => e.actorEmail).sort();

describe("audit filters", () => {
  it("match `_` in an actor filter as an underscore only", async () => {
    expect(await actors({ actor: `a_b.${tag}` })).toEqual([EMAILS[0], EMAILS[0]]);
  });

  it("match `%` as a percent sign (no email has one) and `\\` as a backslash", async () => {
    expect(await actors({ actor: "%" })).toEqual([]);
    expect(await actors({ actor: `%.${tag}` })).toEqual([]);
    expect(await actors({ actor: `a\\b.${tag}` })).toEqual([EMAILS[2]]);
  });

  it("match `_` in an action filter literally", async () => {
    const rows = (await listAuditEvents(actor, owner.slug, { action: "framework_", actor: tag })).events;
    expect(rows).toEqual([]);
    expect(
      (await listAuditEvents(actor, owner.slug, { action: "framework.", actor: tag })).events,
    ).toHaveLength(3);
  });
});
