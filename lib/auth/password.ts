import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

// argon2id (the library's default algorithm) with OWASP's minimum: m=19 MiB, t=2, p=1.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

// Verifying against this when the email is unknown makes both cases take the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, passwordHash: string | null): Promise<boolean> {
  dummyHash ??= hash("timing-equaliser-not-a-password", OPTIONS);
  const target = passwordHash ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash !== null;
}

const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/**
 * NIST SP 800-63B: at least 12 characters, no composition rules, refused if it is a known
 * common or breached password (49k-entry list from @zxcvbn-ts/language-common).
 */
export const passwordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(256, "Use at most 256 characters.")
  .refine(
    (p) => !COMMON.has(p.toLowerCase()),
    "This password is on a list of common or breached passwords; choose another.",
  )
  .refine((p) => new Set(p).size >= 4, "This password repeats too few characters; choose another.");
