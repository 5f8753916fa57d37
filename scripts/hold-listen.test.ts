import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { databaseReady } from "./hold-listen";

function fakeProcess(env: Record<string, string | undefined>, ipc = true) {
  const p = Object.assign(new EventEmitter(), {
    env,
    send: ipc ? () => true : undefined,
    disconnected: false,
    disconnect() {
      p.disconnected = true;
    },
  });
  return p;
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
};

describe("the app server waits for the database's address (npm start)", () => {
  it("listens at once when it was not started by npm start", async () => {
    expect(await settled(databaseReady(fakeProcess({})))).toBe(true);
    expect(await settled(databaseReady(fakeProcess({ SCORECARD_HOLD_LISTEN: "1" }, false)))).toBe(true);
  });

  it("holds until the listen message, then takes the database's settings", async () => {
    const proc = fakeProcess({ SCORECARD_HOLD_LISTEN: "1" });
    const ready = databaseReady(proc);
    expect(await settled(ready)).toBe(false);
    proc.emit("message", { type: "other" });
    proc.emit("message", { type: "listen", env: {} });
    expect(await settled(ready)).toBe(false);
    proc.emit("message", {
      type: "listen",
      env: { DATABASE_URL: "postgresql://db/x", DATABASE_POOL_SIZE: "1" },
    });
    expect(await settled(ready)).toBe(true);
    expect(proc.env).toMatchObject({ DATABASE_URL: "postgresql://db/x", DATABASE_POOL_SIZE: "1" });
    expect(proc.disconnected).toBe(true);
    expect(proc.listenerCount("message")).toBe(0);
  });
});
