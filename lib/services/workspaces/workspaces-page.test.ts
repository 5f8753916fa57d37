import { describe, expect, it } from "vitest";
import { backupWorkspaces, soleWorkspacePath } from "./workspaces-page";

describe("soleWorkspacePath", () => {
  it("goes straight into the only workspace unless the list was asked for", () => {
    expect(soleWorkspacePath([{ slug: "acme" }], false)).toBe("/w/acme");
    expect(soleWorkspacePath([{ slug: "acme" }], true)).toBeNull();
  });

  it("lists when there are none or several", () => {
    expect(soleWorkspacePath([], false)).toBeNull();
    expect(soleWorkspacePath([{ slug: "a" }, { slug: "b" }], false)).toBeNull();
  });
});

describe("backupWorkspaces", () => {
  it("keeps the workspaces the caller owns", () => {
    const ws = (["owner", "admin", "reviewer", "viewer", "owner"] as const).map((role, i) => ({
      slug: `w${i}`,
      role,
    }));
    expect(backupWorkspaces(ws).map((w) => w.slug)).toEqual(["w0", "w4"]);
  });
});
