import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { createMember, sessionActor, type TestMember } from "../testing/fixtures";

// The session cookie is not what is under test: the signed-in actor is a real session row's,
// and revalidation calls are recorded. The actions, services and database are the real ones.
const signedIn: { actor: Actor | null } = { actor: null };
const revalidated: string[][] = [];
vi.mock("../auth/current", () => ({ currentActor: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: string[]) => revalidated.push(args) }));

const { createFrameworkAction, setFrameworkArchivedAction, updateFrameworkAction } =
  await import("@/app/(app)/w/[workspace]/frameworks/actions");

let owner: TestMember;
let viewer: TestMember;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  viewer = await createMember({ role: "viewer", slug: owner.slug });
});
beforeEach(async () => {
  signedIn.actor = await sessionActor(owner.userId);
  revalidated.length = 0;
});

const formOf = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};
const frameworks = () => db().framework.findMany({ where: { workspaceId: owner.workspaceId } });

describe("workspaceAction", () => {
  it("decodes the form, runs the service as the signed-in actor, revalidates and says so", async () => {
    const state = await createFrameworkAction(
      owner.slug,
      null,
      formOf({
        name: "Zephyr",
        vendor: "ZF",
        productVersion: "3.7",
        url: "",
        description: "",
        componentTypes: ["edge", "gateway"],
      }),
    );
    expect(state).toMatchObject({ ok: true, message: "Framework added." });
    const row = (await frameworks()).find((f) => f.name === "Zephyr")!;
    expect(row.componentTypes.sort()).toEqual(["edge", "gateway"]);
    expect(revalidated).toEqual([[`/w/${owner.slug}/frameworks`]]);

    // Bound ids after the slug reach the service; the message may depend on the input.
    const renamed = await updateFrameworkAction(
      owner.slug,
      row.id,
      null,
      formOf({
        name: "Zephyr RTOS",
        vendor: "ZF",
        productVersion: "3.7",
        url: "",
        description: "",
        componentTypes: "edge",
      }),
    );
    expect(renamed).toMatchObject({ ok: true, message: "Changes saved." });
    expect(revalidated.at(-1)).toEqual([`/w/${owner.slug}/frameworks/${row.id}`]);
    const archived = await setFrameworkArchivedAction(
      owner.slug,
      null,
      formOf({ frameworkId: row.id, archived: "true" }),
    );
    expect(archived).toMatchObject({ ok: true, message: "Framework archived." });
    expect(await db().framework.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      name: "Zephyr RTOS",
      archivedAt: expect.any(Date),
    });
  });

  it("turns bad input into field errors, keeps the submitted values, stores and revalidates nothing", async () => {
    const before = (await frameworks()).length;
    const state = await createFrameworkAction(
      owner.slug,
      null,
      formOf({
        name: "",
        vendor: "V",
        productVersion: "",
        url: "not a url",
        description: "",
        componentTypes: ["edge", "gateway"],
      }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "url"]));
    expect(state.values).toMatchObject({ vendor: "V", componentTypes: "edge gateway" });
    expect((await frameworks()).length).toBe(before);
    expect(revalidated).toEqual([]);
  });

  it("refuses a signed-out caller and a role without the permission, by the service's rule", async () => {
    const form = formOf({
      name: "Nope",
      vendor: "",
      productVersion: "",
      url: "",
      description: "",
      componentTypes: "edge",
    });
    signedIn.actor = null;
    expect(await createFrameworkAction(owner.slug, null, form)).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    signedIn.actor = await sessionActor(viewer.userId);
    expect(await createFrameworkAction(owner.slug, null, form)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect((await frameworks()).some((f) => f.name === "Nope")).toBe(false);
    expect(revalidated).toEqual([]);
  });
});
