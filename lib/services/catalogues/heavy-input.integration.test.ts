import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError } from "../../errors/app-error";
import { createMember, sessionActor, type TestMember } from "../../testing/fixtures";
import { importCatalogue } from "./catalogue-import";

// Tight limits for this file's pool (made on first use), so a runaway job is stopped quickly.
process.env.WORKER_TIMEOUT_MS = "5000";
process.env.WORKER_HEAP_MB = "256";

let owner: TestMember;
let actor: Actor;

beforeAll(async () => {
  owner = await createMember({ role: "owner" });
  actor = await sessionActor(owner.userId);
});

/**
 * Runs `work` while timing this thread's event loop with a 10 ms ticker: the longest gap
 * between ticks is how long any other request would have waited.
 */
async function longestStall(work: () => Promise<unknown>) {
  let last = performance.now();
  let worst = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    const outcome = await work().then(
      () => null,
      (err: unknown) => err,
    );
    return { outcome, worst };
  } finally {
    clearInterval(ticker);
  }
}

/** A 3 kB OSCAL catalog whose one parameter's choices insert that parameter again (issue 12). */
function expansionBomb() {
  const again = "{{ insert: param, p }}".repeat(5);
  const param = {
    id: "p",
    select: { choice: Array.from({ length: 5 }, (_, i) => `choice ${i} ${"x".repeat(40)} ${again}`) },
  };
  const controls = Array.from({ length: 5 }, (_, i) => ({
    id: `c-${i}`,
    title: `Control ${i}`,
    parts: [{ id: `c-${i}_smt`, name: "statement", prose: "{{ insert: param, p }} ".repeat(10) }],
  }));
  return JSON.stringify({
    catalog: {
      uuid: "7d9e2f04-5a5b-4c1e-9d2b-0b8f4a1c9e01",
      metadata: {
        title: "Bomb",
        version: "1",
        "last-modified": "2026-01-01T00:00:00Z",
        "oscal-version": "1.1.2",
      },
      params: [param],
      groups: [{ id: "g", title: "G", controls }],
    },
  });
}

describe("hostile catalogue uploads cannot stall the server", () => {
  it("parses a 60,000-key YAML body off the request thread: the event loop keeps turning, the answer is a 4xx, nothing is stored", async () => {
    const text = Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join("\n");
    const before = await db().catalogue.count();
    const { outcome, worst } = await longestStall(() =>
      importCatalogue(actor, owner.slug, { format: "ciso-assistant", text }),
    );
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).status).toBeGreaterThanOrEqual(400);
    expect((outcome as AppError).status).toBeLessThan(500);
    expect(worst).toBeLessThan(200);
    expect(await db().catalogue.count()).toBe(before);
  });

  it("expands a self-inserting OSCAL parameter off the request thread: a 4xx, not a 500 or a frozen process", async () => {
    const text = expansionBomb();
    expect(text.length).toBeLessThan(4_000);
    const { outcome, worst } = await longestStall(() =>
      importCatalogue(actor, owner.slug, { format: "oscal", text }),
    );
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).status).toBeGreaterThanOrEqual(400);
    expect((outcome as AppError).status).toBeLessThan(500);
    expect(worst).toBeLessThan(200);
  });
});
