import { createHash, createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/** Random URL-safe token with `bytes` bytes of entropy (≥16 = 128 bits). */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

/** Tokens are stored only as this hash; a database leak reveals no usable token. */
export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return Buffer.from(hkdfSync("sha256", secret, "scorecard", "field-encryption-v1", 32));
}

/** AES-256-GCM for secrets we must read back (TOTP seeds): "v1.<iv>.<tag>.<ciphertext>". */
export function encryptField(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptField(boxed: string): string {
  const [v, iv, tag, data] = boxed.split(".");
  if (v !== "v1" || !iv || !tag || !data) throw new Error("unreadable encrypted field");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
