import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { backupSchema } from "../../backup/schema";
import { db } from "../../db";
import type { TestMember } from "../../testing/fixtures";
import { exportWorkspaceBackup } from "./workspace-backup";
import { backedUpWorkspace, type Summary } from "./workspace-backup.fixture";

// The export itself: what a backup holds and leaves out, and who may take one.
let owner: TestMember;
let reviewerActor: Actor;
let frameworkNames: string[];
let before: Map<string, Summary>;
let text: string;

beforeAll(async () => {
  ({ owner, reviewerActor, frameworkNames, before, text } = await backedUpWorkspace());
}, 120_000);

describe("workspace backup", () => {
  it("is a valid backup without secrets, and audited", async () => {
    expect(backupSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text).not.toMatch(
      /passwordHash|tokenHash|mfa(Secret|EnabledAt|LastStep)|\$argon2|recoveryCode|session/i,
    );
    expect(
      await db().auditEvent.count({
        where: { workspaceId: owner.workspaceId, action: "workspace.backup_exported" },
      }),
    ).toBe(1);
    expect(before.get(frameworkNames[0])!.overall).not.toBeNull();
  });

  it("is refused to a non-owner (403)", async () => {
    await expect(exportWorkspaceBackup(reviewerActor, owner.slug)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
    });
  });
});
