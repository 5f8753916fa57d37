import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Secrets never live in the repo. When NEXTAUTH_SECRET is not given, one is generated at the
 * first start and kept (mode 0600) in the data directory, so sessions survive restarts.
 */
export function loadLocalSecrets(port: number) {
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (process.env.NEXTAUTH_SECRET) return;
  const dir = path.resolve(process.env.SCORECARD_DATA_DIR ?? ".data");
  const file = path.join(dir, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}
