import { expect, it } from "vitest";
import { S, type BlindScenario, type Reader } from "../testing/blind-scenario";

/**
 * THE BLIND RULE, stated once: a reviewer R who has not submitted section S sees no other
 * reviewer's value or rationale for S — on any read path. Each row reads one path as R and
 * serialises what comes back (JSON, CSV, XLSX cells, PDF text); the assertion is a search of
 * that text for the marker rationales, evidence links and agreed reason of S. Paths that show
 * numbers only (consensus, section scores, score history, audit bodies) add a `LEAK:` token to
 * their text when a value of S by someone else shows, so the same search covers them.
 * Each row is also read by someone who may see S (`seer`): finding the markers there proves
 * the search would catch a leak. Backups are owner-only; blind-rule.integration.test.ts checks
 * the owner's.
 *
 * The rows are split by kind of read path: pages, API and files, and the side paths (audit,
 * share links, carry-over, backups), one suite each over its own copy of the scenario.
 */

export type Row = [path: string, seer: "v" | "x" | "y" | null, read: (who: Reader) => Promise<string>];

export const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? String(x) : x));
export const leakIf = (shown: boolean, what: string) => (shown ? ` LEAK:${what}` : "");
export const inS = (key: string) => key.startsWith(`${S}-`);
const found = (sc: BlindScenario, text: string) =>
  text.match(sc.secrets)?.[0] ?? text.match(/LEAK:[^"]*/)?.[0] ?? null;

/** One test per row, read by R and by the row's seer; call inside the suite's describe. */
export function itKeepsEveryRowBlind(rows: Row[], scenario: () => BlindScenario) {
  it.each(rows)(
    "%s: R, who has not submitted S, sees no other reviewer's value or rationale for S",
    async (path, seer, read) => {
      const sc = scenario();
      expect(found(sc, await read(sc.r)), path).toBeNull();
      // The same search finds something for a reader who may see S: it would catch a leak.
      if (seer) expect(found(sc, await read(sc[seer])), `${path}, read by ${sc[seer].label}`).not.toBeNull();
    },
  );
}
