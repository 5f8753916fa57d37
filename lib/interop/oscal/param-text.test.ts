import { describe, expect, it } from "vitest";
import { errorOf } from "../../testing/app-error-of";
import {
  expansionBombCatalog,
  expansionCatalog,
  paramChain,
  selfInsertingParams,
} from "../../testing/hostile-documents";
import { importOscalCatalog } from "./import-catalog";
import { ParamText } from "./param-text";

const PROSE = "$.catalog.groups[0].controls[0].parts[0].prose";

describe("OSCAL parameter expansion", () => {
  it("resolves labels, choices and inserts nested in choices (as 800-53 has them)", () => {
    const params = new ParamText("t.json");
    params.declare({ id: "who", label: "organization-defined personnel" });
    params.declare({ id: "how", select: { choice: ["automatically", "by {{ insert: param, who }}"] } });
    expect(
      params.expand(
        "Review {{ insert: param, how }}; notify {{insert: param, who}} and {{ insert: param, nobody }}.",
        "$.p",
      ),
    ).toBe(
      "Review [Selection: automatically; by [Assignment: organization-defined personnel]]; notify [Assignment: organization-defined personnel] and [nobody].",
    );
  });

  it("sees a parameter declared after a prose that named it", () => {
    const params = new ParamText("t.json");
    params.declare({ id: "a", select: { choice: ["{{ insert: param, b }}"] } });
    expect(params.expand("{{ insert: param, a }}", "$.p")).toBe("[Selection: [b]]");
    params.declare({ id: "b", label: "B" });
    expect(params.expand("{{ insert: param, a }}", "$.p")).toBe("[Selection: [Assignment: B]]");
  });

  it("refuses a chain of parameters each inserting the next 5 times at the expanded-text limit, naming the prose", () => {
    const err = errorOf(() =>
      importOscalCatalog(
        expansionCatalog([{ params: paramChain(10), prose: "Do {{ insert: param, p0 }}." }]),
        "chain.json",
      ),
    );
    expect(err.code).toBe("validation_failed");
    expect(err.message).toMatch(
      new RegExp(
        `^chain\\.json: ${PROSE.replace(/[$.[\]]/g, "\\$&")}: expanded text longer than 100,000 characters \\(parameter inserts\\) \\(inserting parameter p0 → p1 → p2 → p3 → p4 → p5 → p6\\) \\(limit "expanded text" = 100,000\\)$`,
      ),
    );
    expect(err.issues[0].field).toBe(PROSE.slice(2));
    expect(err.details).toEqual({ limit: "expanded text", max: 100_000 });
  });

  it("refuses a parameter whose choices insert itself, naming the cycle and the prose", () => {
    const err = errorOf(() =>
      importOscalCatalog(
        expansionCatalog([{ params: selfInsertingParams(), prose: "Do {{ insert: param, self }}." }]),
        "self.json",
      ),
    );
    expect(err.message).toBe(
      `self.json: ${PROSE}: parameter self inserts itself (self → self), so its expanded text has no end`,
    );
    expect(err.details).toEqual({ limit: "expanded text" });
  });

  it("refuses the penetration test's document (both at once) by the expanded-text limit", () => {
    const text = expansionBombCatalog();
    expect(text.length).toBeLessThan(10_000); // 8 kB
    const err = errorOf(() => importOscalCatalog(text, "bomb.json"));
    expect(err.message).toContain(`bomb.json: ${PROSE}: expanded text longer than 100,000 characters`);
  });

  it("bounds the whole catalogue too: many fields each under the field limit", () => {
    const params = new ParamText("t.json", { fieldChars: 100, catalogueChars: 1_000 });
    params.declare({ id: "x", label: "y".repeat(50) });
    for (let i = 0; i < 15; i++) params.expand("{{ insert: param, x }}", `$.p${i}`);
    const err = errorOf(() => params.expand("{{ insert: param, x }}", "$.p15"));
    expect(err.message).toBe(
      't.json: $.p15: expanded text longer than 1,000 characters (parameter inserts) in the whole catalogue (limit "expanded text" = 1,000)',
    );
  });
});
