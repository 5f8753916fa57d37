/**
 * Starts the test OpenID Provider (oidc-op.ts) as a child process and resolves once it prints
 * `oidc-op ready`; used by the e2e server and by the OP's own test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

export interface OidcOp {
  child: ChildProcess;
  issuer: string;
  tamperUrl: string;
  clientSecret: string;
}

export function startOidcOp({
  opPort,
  tamperPort,
  appOrigin,
}: {
  opPort: number;
  tamperPort: number;
  appOrigin: string;
}) {
  const clientSecret = randomBytes(24).toString("base64url");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "oidc-op.ts")], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      OIDC_OP_PORT: String(opPort),
      OIDC_TAMPER_PORT: String(tamperPort),
      APP_ORIGIN: appOrigin,
      OIDC_CLIENT_SECRET: clientSecret,
    },
  });
  // oidc-provider warns about its development-only parts (on every start, and on first use of
  // its default logout pages): noise here.
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString().replace(/^oidc-provider (WARNING|NOTICE): .*\n?/gm, "");
    if (text) process.stderr.write(text);
  });
  return new Promise<OidcOp>((resolve, reject) => {
    let ready = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!ready && chunk.toString().includes("oidc-op ready")) {
        ready = true;
        resolve({
          child,
          issuer: `http://127.0.0.1:${opPort}`,
          tamperUrl: `http://127.0.0.1:${tamperPort}`,
          clientSecret,
        });
      }
    });
    child.on("exit", (code, signal) => {
      if (!ready) reject(new Error(`oidc-op exited before it was ready (${code ?? signal})`));
    });
  });
}
