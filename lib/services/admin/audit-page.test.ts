import { describe, expect, it } from "vitest";
import { auditFilterFields, auditRow } from "./audit-page";

describe("auditFilterFields", () => {
  it("makes the range dates and the rest text, with hints and the values as typed", () => {
    expect(auditFilterFields({ action: "auth.", from: "2026-01-01", before: "9" })).toEqual([
      { name: "action", label: "action", type: "text", placeholder: "auth.", value: "auth." },
      { name: "actor", label: "actor", type: "text", placeholder: "email", value: "" },
      { name: "from", label: "from (date)", type: "date", placeholder: undefined, value: "2026-01-01" },
      { name: "to", label: "to (date)", type: "date", placeholder: undefined, value: "" },
    ]);
  });
});

describe("auditRow", () => {
  const event = {
    id: "42",
    at: new Date("2026-12-03T09:08:07.654Z"),
    actorEmail: "a@example.test",
    action: "score.saved",
    targetType: "score",
    targetId: "ev/C1",
    ip: "127.0.0.1",
    before: { value: 1 },
    after: { value: 2 },
    redacted: false,
  };

  it("shows the UTC time to the second, the target, and the change as JSON", () => {
    expect(auditRow(event)).toEqual({
      id: "42",
      at: "2026-12-03 09:08:07",
      actor: "a@example.test",
      action: "score.saved",
      target: "score ev/C1",
      ip: "127.0.0.1",
      before: '{"value":1}',
      after: '{"value":2}',
      redacted: false,
    });
  });

  it("puts dashes for what is missing and no line for an empty side of the change", () => {
    const row = auditRow({
      ...event,
      actorEmail: null,
      targetType: null,
      ip: null,
      before: null,
      after: undefined,
      redacted: true,
    });
    expect(row).toMatchObject({
      actor: "—",
      target: "—",
      ip: "—",
      before: null,
      after: null,
      redacted: true,
    });
    expect(auditRow({ ...event, targetId: null }).target).toBe("score ");
  });
});
