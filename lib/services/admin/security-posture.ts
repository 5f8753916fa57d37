import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { verifyAuditChain } from "../../audit/verify";
import { db } from "../../db";
import { APP_VERSION } from "./health";

const auditFileSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  vulnerabilities: z.record(z.string(), z.number()).optional(),
  reason: z.string().optional(),
  productionPackages: z.number().optional(),
  generatedAt: z.string(),
});

/** The build's dependency audit (scripts/dependency-audit.ts), or why there is none. */
async function dependencyAudit() {
  try {
    return auditFileSchema.parse(
      JSON.parse(await readFile(path.join(process.cwd(), ".next", "dependency-audit.json"), "utf8")),
    );
  } catch {
    return {
      status: "unavailable" as const,
      reason: "no audit was recorded with this build",
      generatedAt: null,
    };
  }
}

/**
 * What the seed asks a cloud component to report about itself: version, known-vulnerable
 * dependencies, authentication strength (2FA adoption, locked accounts), open credentials
 * (tokens, share links) and whether the audit trail is intact.
 */
export async function securityPosture(actor: Actor | null, slug: string) {
  const { workspace } = await authorize(actor, slug, "security.read");
  const now = new Date();
  const [audit, activeShareLinks, chain] = await Promise.all([
    dependencyAudit(),
    db().shareLink.count({ where: { workspaceId: workspace.id, revokedAt: null, expiresAt: { gt: now } } }),
    verifyAuditChain(),
  ]);
  return { version: APP_VERSION, audit, activeShareLinks, chain };
}
