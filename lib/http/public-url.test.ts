import { afterEach, describe, expect, it } from "vitest";
import { publicOrigin, publicUrl } from "./public-url";

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

describe("public URLs", () => {
  it("are built on NEXTAUTH_URL, whatever host the request came in on", () => {
    process.env.NEXTAUTH_URL = "https://scorecard.example.org";
    expect(publicUrl("/invite/abc_DEF-123")).toBe("https://scorecard.example.org/invite/abc_DEF-123");
    process.env.NEXTAUTH_URL = "https://scorecard.example.org:8443/";
    expect(publicUrl("/s/tok")).toBe("https://scorecard.example.org:8443/s/tok");
    process.env.NEXTAUTH_URL = "http://127.0.0.1:3210";
    expect(publicUrl("/reset-password/x")).toBe("http://127.0.0.1:3210/reset-password/x");
  });

  it.each([
    ["javascript:alert(1)", /http\(s\)/],
    ["ftp://files.example.org", /http\(s\)/],
    ["file:///etc/passwd", /http\(s\)/],
    ["https://user:pw@scorecard.example.org", /credentials/],
    ["https://scorecard.example.org/app", /origin only/],
    ["https://scorecard.example.org/?next=//evil.example", /origin only/],
    ["https://scorecard.example.org/#x", /origin only/],
    ["scorecard.example.org", /not a URL/],
    ["", /not a URL/],
  ])("refuse NEXTAUTH_URL %j", (value, message) => {
    expect(() => publicOrigin(value)).toThrow(message);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "https://evil.example/x",
    "invite/x",
    "/a/../../x",
    "/./x",
    "/x y",
    "/x\ny",
    "/x#frag",
  ])("refuse the path %j", (path) => {
    process.env.NEXTAUTH_URL = "https://scorecard.example.org";
    expect(() => publicUrl(path)).toThrow(/not an app path/);
  });
});
