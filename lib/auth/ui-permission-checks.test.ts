import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Pages and components ask the policy table (`can(role, action)`, or a flag a page service
 * computed with it) whether to show a control. A hand-written role comparison in app/ or
 * components/ is a second copy of the rule, which drifts the day POLICY changes: this scan
 * fails on one.
 */
const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const ROLE_NAMES = "owner|admin|reviewer|viewer";
const PATTERNS = [
  // x.role === "owner", myRole !== "viewer", role == 'admin'
  /\w*[Rr]ole\s*[!=]==?\s*["'`]/,
  // "owner" === x.role
  /["'`]\s*[!=]==?\s*[\w.?]*[Rr]ole\b/,
  // ["owner", "admin"].includes(x.role)
  new RegExp(`\\[[^\\]]*["'\`](?:${ROLE_NAMES})["'\`][^\\]]*\\]\\.includes\\(`),
];

function roleComparisons(source: string): number[] {
  return source
    .split("\n")
    .flatMap((line, i) => (PATTERNS.some((p) => p.test(line.replace(/\/\/.*$/, ""))) ? [i + 1] : []));
}

describe("UI permission checks go through the policy table", () => {
  it("detects the hand-written forms (so a clean tree below means something)", () => {
    const bad = [
      'const manage = ws.role === "owner" || ws.role === "admin";',
      "{ws.role !== 'viewer' && <Form />}",
      'const canWrite = role !== "viewer";',
      'if (ev.myRole == "viewer") return null;',
      '{"owner" === m.role && <Button />}',
      'const isAdmin = ["owner", "admin"].includes(current.role);',
    ];
    expect(bad.map((line) => roleComparisons(line).length)).toEqual(bad.map(() => 1));
    const good = [
      'const manage = can(ws.role, "profiles.write");',
      '<div role="alert">',
      '<option value="viewer">Viewer</option>',
      'defaultValue={String(state?.values?.role ?? "reviewer")}',
      '<span data-testid="my-role">{current.role}</span>',
      "{m.may.remove && <ActionForm />}",
    ];
    expect(good.flatMap(roleComparisons)).toEqual([]);
  });

  it("finds no role compared with a role name in app/ or components/", () => {
    const found = ["app", "components"].flatMap((dir) =>
      sources(path.join(ROOT, dir)).flatMap((file) =>
        roleComparisons(readFileSync(file, "utf8")).map((line) => `${path.relative(ROOT, file)}:${line}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
