import { describe, expect, it } from "vitest";
import { GET as auditEvents } from "@/app/api/v1/audit-events/route";
import { POST as postFramework } from "@/app/api/v1/frameworks/route";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { bearer, call, memberWithToken } from "../testing/api-calls";
import { META } from "../testing/fixtures";

const PATH = "/api/v1/audit-events";
const framework = (name: string) => ({ name, vendor: "V", productVersion: "1", componentTypes: ["edge"] });
type Event = { id: string; action: string; targetType: string | null; targetId: string | null };

/** A workspace whose log holds three framework creations and a legacy score save with its value. */
async function loggedWorkspace() {
  const owner = await memberWithToken("owner");
  const ids: string[] = [];
  for (const name of ["A", "B", "C"])
    ids.push(
      (await call(postFramework, "POST", "/api/v1/frameworks", { token: owner.token, body: framework(name) }))
        .body.id,
    );
  // Rows written before score events stopped carrying values: withheld on every read path.
  await db().$transaction((tx) =>
    recordAudit(tx, {
      action: "score.saved",
      actorEmail: owner.email,
      meta: META,
      workspaceId: owner.workspaceId,
      targetType: "score",
      targetId: `${crypto.randomUUID()}/EDGE-01`,
      after: { version: 1, value: 4, rationale: "SECRET-RATIONALE" },
    }),
  );
  return { owner, ids };
}

describe("GET /api/v1/audit-events", () => {
  it("filters by action, actor, target and dates, pages newest first, and withholds score values", async () => {
    const { owner, ids } = await loggedWorkspace();
    const get = async (query: string) => {
      const res = await call(auditEvents, "GET", `${PATH}?${query}`, { token: owner.token });
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
      return res.body as { events: Event[]; nextCursor: string | null };
    };
    const created = await get("action=framework.created");
    expect(created.events.map((e) => e.targetId)).toEqual([...ids].reverse());
    expect((await get(`targetType=framework&targetId=${ids[1]}`)).events.map((e) => e.targetId)).toEqual([
      ids[1],
    ]);
    expect((await get(`actor=${encodeURIComponent(owner.email)}&action=framework.`)).events).toHaveLength(3);
    expect((await get("actor=nobody-here")).events).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}&to=${today}&action=framework.`)).events).toHaveLength(3);
    expect((await get("to=2000-01-01")).events).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: Event[]; nextCursor: string | null } = await get(
        `action=framework.created&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...page.events.map((e) => e.targetId!));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const score = (await get("action=score.")).events[0];
    expect(score).toMatchObject({ redacted: true, after: { version: 1 } });
    expect(JSON.stringify(score)).not.toMatch(/SECRET|"value"/);
  });

  it("streams every match as JSON lines, oldest first, for ?format=jsonl or Accept: application/x-ndjson", async () => {
    const { owner, ids } = await loggedWorkspace();
    for (const [query, headers] of [
      ["format=jsonl&action=framework.created", {}],
      ["action=framework.created", { Accept: "application/x-ndjson" }],
    ] as const) {
      const res = await call(auditEvents, "GET", `${PATH}?${query}`, { token: owner.token, headers });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
      const lines = (res.body as string)
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Event);
      expect(lines.map((e) => e.targetId)).toEqual(ids);
    }
    const all = await call(auditEvents, "GET", `${PATH}?format=jsonl`, { token: owner.token });
    expect(all.body).toContain('"redacted":true');
    expect(all.body).not.toMatch(/SECRET|"value"/);
  });

  it("refuses bad filters naming them", async () => {
    const { owner } = await loggedWorkspace();
    for (const [query, field] of [
      ["from=yesterday", "from"],
      ["to=2024-13-40", "to"],
      ["targetType=Framework!", "targetType"],
      ["action=DROP TABLE", "action"],
      ["limit=501", "limit"],
      ["cursor=abc", "cursor"],
      [`cursor=${Buffer.from('{"e":"-1"}').toString("base64url")}`, "cursor"],
      ["format=xml", "format"],
      ["before=10", "before"],
    ]) {
      const res = await call(auditEvents, "GET", `${PATH}?${query}`, { token: owner.token });
      expect(res.status, query).toBe(400);
      expect(res.body.error.issues[0].field, query).toBe(field);
    }
  });

  it("needs audit.read (owner/admin; a read-only token suffices) and shows only the token's workspace", async () => {
    const { owner, ids } = await loggedWorkspace();
    const reviewer = await memberWithToken("reviewer", owner.slug);
    const viewer = await memberWithToken("viewer", owner.slug);
    const admin = await memberWithToken("admin", owner.slug);
    const outsider = await memberWithToken("owner");
    for (const token of [reviewer.token, viewer.token]) {
      expect((await call(auditEvents, "GET", PATH, { token })).status).toBe(403);
      expect((await call(auditEvents, "GET", `${PATH}?format=jsonl`, { token })).status).toBe(403);
    }
    expect((await call(auditEvents, "GET", PATH)).status).toBe(401);
    const readOnly = await bearer(owner.userId, owner.slug, ["read"]);
    for (const token of [readOnly, admin.token])
      expect(
        (await call(auditEvents, "GET", `${PATH}?action=framework.created`, { token })).body.events,
      ).toHaveLength(3);
    const theirs = await call(auditEvents, "GET", `${PATH}?targetId=${ids[0]}`, { token: outsider.token });
    expect(theirs.body.events).toEqual([]);
  });
});
