import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { BACKUP_FORMAT, BACKUP_VERSION } from "../../backup/schema";
import { db } from "../../db";
import {
  billionLaughsYaml,
  deepFlowYaml,
  expansionBombCatalog,
  manyKeysYaml,
} from "../../testing/hostile-documents";
import { createMember, owaspCatalogue, sessionActor, type TestMember } from "../../testing/fixtures";
import { importCatalogue } from "./catalogue-import";
import { restoreWorkspace } from "../admin/workspace-restore";

/**
 * The penetration test's hostile uploads, through the same services as the API and the restore
 * page: each is refused with a 400 naming the limit and where it was passed, and stores nothing
 * (no catalogue, no audit event, no workspace, no placeholder account).
 */
const PROSE = "catalog.groups[0].controls[0].parts[0].prose";
let owner: TestMember;
let actor: Actor;

const stored = async () => ({
  catalogues: await db().catalogue.count({ where: { workspaceId: owner.workspaceId } }),
  audit: await db().auditEvent.count({ where: { workspaceId: owner.workspaceId } }),
  memberships: await db().membership.count({ where: { userId: owner.userId } }),
  placeholders: await db().user.count({ where: { email: { endsWith: "@limits.invalid" } } }),
});

beforeAll(async () => {
  await owaspCatalogue();
  owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
});

describe("catalogue import under the parser limits", () => {
  it("refuses a 60,000-key YAML library at the keys limit, by line; nothing stored", async () => {
    const before = await stored();
    const err = await importCatalogue(actor, owner.slug, {
      text: manyKeysYaml(60_000),
      format: "ciso-assistant",
    }).catch((e) => e);
    expect(err).toMatchObject({
      code: "validation_failed",
      status: 400,
      details: { limit: "keys", max: 50_000 },
    });
    expect(err.message).toBe(
      'library.yaml: line 50001, column 7: more than 50,000 keys (mapping entries) (limit "keys" = 50,000)',
    );
    expect(await stored()).toEqual(before);
  });

  it("refuses 2 MB of `[` and a billion-laughs file by depth and by expanded nodes", async () => {
    const before = await stored();
    await expect(
      importCatalogue(actor, owner.slug, {
        text: deepFlowYaml(2 * 1024 * 1024),
        format: "ciso-assistant",
        filename: "deep.yaml",
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'deep.yaml: line 1, column 65: nested more than 64 levels deep (limit "depth" = 64)',
    });
    await expect(
      importCatalogue(actor, owner.slug, { text: `{"catalog": ${deepFlowYaml(2 * 1024 * 1024)}` }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('nested more than 64 levels deep (limit "depth" = 64)'),
    });
    await expect(
      importCatalogue(actor, owner.slug, { text: billionLaughsYaml(), format: "ciso-assistant" }),
    ).rejects.toMatchObject({
      status: 400,
      details: { limit: "nodes" },
      message: expect.stringContaining("once aliases are expanded"),
    });
    expect(await stored()).toEqual(before);
  });

  it("refuses the exponential OSCAL parameter document at the expanded-text limit, naming the prose; nothing stored", async () => {
    const before = await stored();
    const err = await importCatalogue(actor, owner.slug, {
      text: expansionBombCatalog(),
      filename: "bomb.json",
    }).catch((e) => e);
    expect(err).toMatchObject({
      code: "validation_failed",
      status: 400,
      details: { limit: "expanded text" },
      issues: [{ field: PROSE }],
    });
    expect(err.message).toMatch(
      /^bomb\.json: \$\.catalog\.groups\[0\]\.controls\[0\]\.parts\[0\]\.prose: expanded text longer than 100,000 characters/,
    );
    expect(await stored()).toEqual(before);
  });
});

describe("backup restore under the parser limits", () => {
  it("refuses a backup whose catalogue is the exponential OSCAL document, naming its path; nothing stored", async () => {
    const backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: "2026-01-01T00:00:00Z",
      app: { version: "test" },
      workspace: { name: "Hostile", requireMfa: false },
      catalogues: [{ slug: "expansion-test", version: "1.0", oscal: JSON.parse(expansionBombCatalog()) }],
      people: [{ ref: "p1", name: "Placeholder", email: "someone@limits.invalid" }],
      frameworks: [],
      profiles: [],
      evaluations: [],
      comparisons: [],
    };
    const before = await stored();
    const err = await restoreWorkspace(actor, JSON.stringify(backup)).catch((e) => e);
    expect(err).toMatchObject({ code: "validation_failed", status: 400 });
    expect(err.issues[0].field).toBe(`$.catalogues[0].oscal.${PROSE}`);
    expect(err.message).toContain(
      `$.catalogues[0].oscal.${PROSE}: expanded text longer than 100,000 characters`,
    );
    expect(err.message).toContain('(limit "expanded text" = 100,000)');
    expect(await stored()).toEqual(before);
  });

  it("refuses a backup over the depth limit by line, before parsing it", async () => {
    await expect(restoreWorkspace(actor, `{"format": ${"[".repeat(5_000_000)}`)).rejects.toMatchObject({
      status: 400,
      message: 'The backup: line 1, column 75: nested more than 64 levels deep (limit "depth" = 64)',
    });
  });
});
