import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

/** SCORECARD_VERSION (set by next.config.js from package.json), else package.json itself (tests, scripts). */
export function appVersion(): string {
  if (process.env.SCORECARD_VERSION) return process.env.SCORECARD_VERSION;
  if (cached === undefined) {
    try {
      cached = String(
        JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")).version ?? "unknown",
      );
    } catch {
      cached = "unknown";
    }
  }
  return cached;
}
