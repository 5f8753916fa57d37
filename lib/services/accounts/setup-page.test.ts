import { describe, expect, it } from "vitest";
import { setupTokenParam } from "./setup-page";

describe("setupTokenParam", () => {
  it("takes one non-empty token, and nothing else", () => {
    expect(setupTokenParam("abc")).toBe("abc");
    expect([undefined, "", ["a", "b"]].map(setupTokenParam)).toEqual([null, null, null]);
  });
});
