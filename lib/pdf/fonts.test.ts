import { describe, expect, it } from "vitest";
import { fontRuns } from "./fonts";

describe("fontRuns", () => {
  it("keeps Latin, Greek and Cyrillic in one Noto Sans run", () => {
    expect(fontRuns("Edge SDK · Ελληνικά Кириллица — 100 %")).toEqual([
      { family: "NotoSans", text: "Edge SDK · Ελληνικά Кириллица — 100 %" },
    ]);
  });

  it("sets Han and kana in SC and Hangul in KR, and keeps spaces with the run they follow", () => {
    expect(fontRuns("IoT 物联网 SDK 한글 ok")).toEqual([
      { family: "NotoSans", text: "IoT " },
      { family: "NotoSansSC", text: "物联网 " },
      { family: "NotoSans", text: "SDK " },
      { family: "NotoSansKR", text: "한글 " },
      { family: "NotoSans", text: "ok" },
    ]);
  });

  it("keeps invisible format characters and combining marks in the current run, and loses no character", () => {
    const text = "zero\u200Bwidth \u202Eevil\u202C e\u0301 漢\u200B字";
    const runs = fontRuns(text);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.map((r) => r.family)).toEqual(["NotoSans", "NotoSansSC"]);
  });
});
