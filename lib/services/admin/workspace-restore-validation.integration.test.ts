import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ThrowawayDatabase } from "../../../scripts/throwaway-db";
import type { Actor } from "../../auth/actor";
import type { TestMember } from "../../testing/fixtures";
import { db } from "../../db";
import { dropOwnDatabase, useOwnDatabase } from "../../testing/own-database";
import { restoreWorkspace } from "./workspace-restore";
import { backedUpWorkspace, restoringInstance } from "./workspace-backup.fixture";

// A restore refuses a damaged or forged backup by field, and a token, before it writes anything.
let own: ThrowawayDatabase | undefined;
let owner: TestMember;
let reviewerEmail: string;
let text: string;

beforeAll(async () => {
  ({ owner, reviewerEmail, text } = await backedUpWorkspace());
}, 120_000);

afterAll(() => dropOwnDatabase(own));

describe("restore into a new database", () => {
  let restorer: Actor;
  beforeAll(async () => {
    own = await useOwnDatabase("scorecard_backup");
    ({ restorer } = await restoringInstance(owner.email, reviewerEmail));
  }, 120_000);

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a backup is edited as loose JSON
  const mutated = (fn: (b: Record<string, any>) => void) => {
    const b = JSON.parse(text);
    fn(b);
    return JSON.stringify(b);
  };

  it("refuses bad backups by field and stores nothing", async () => {
    const counts = async () => [
      await db().workspace.count(),
      await db().user.count(),
      await db().score.count(),
    ];
    const start = await counts();
    const cases: Array<[string, string | RegExp]> = [
      [
        mutated((b) => {
          b.evaluations[1].scores[0].value = "high";
        }),
        "$.evaluations[1].scores[0].value",
      ],
      [
        mutated((b) => {
          b.evaluations[1].scores[0].value = 7;
        }),
        "$.evaluations[1].scores[0].value",
      ],
      [
        mutated((b) => {
          b.evaluations[0].scores[2].reviewerRef = "nobody";
        }),
        "$.evaluations[0].scores[2].reviewerRef",
      ],
      [
        mutated((b) => {
          b.evaluations[0].sections[0].sectionKey = "NOPE";
        }),
        "$.evaluations[0].sections[0].sectionKey",
      ],
      [
        mutated((b) => {
          b.catalogues[0].version = "9.9";
        }),
        /\$\.(catalogues\[0\]|evaluations\[0\]\.catalogue)/,
      ],
      [
        mutated((b) => {
          b.version = 2;
        }),
        "$.version",
      ],
      [
        mutated((b) => {
          b.people[0].passwordHash = "x";
        }),
        "$.people[0]",
      ],
    ];
    for (const [bad, field] of cases) {
      const err = await restoreWorkspace(restorer, bad).catch((e) => e);
      expect(err).toMatchObject({ code: "validation_failed" });
      const fields = err.issues.map((i: { field: string }) => i.field).join(" ");
      if (typeof field === "string") expect(fields).toContain(field);
      else expect(fields).toMatch(field);
    }
    await expect(restoreWorkspace(restorer, "{not json")).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(restoreWorkspace({ ...restorer, via: "token" }, text)).rejects.toMatchObject({
      code: "unauthorized",
    });
    expect(await counts()).toEqual(start);
  });
});
