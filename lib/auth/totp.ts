import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const ISSUER = "IoT Scorecard";

const totpFor = (secretBase32: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URI and a QR code of it (SVG data URL: no external request, CSP-safe). */
export async function enrolmentMaterial(secretBase32: string, email: string) {
  const uri = totpFor(secretBase32, email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/**
 * Accepts the current code and one step either side (clock drift). Returns the code's time
 * step, which the caller must record and never accept again (no replay), or null.
 */
export function verifyTotp(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32, "x").validate({ token: code, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 30_000) + delta;
}

/** For tests: the code an authenticator app shows at `timestamp` (default now). */
export const currentTotp = (secretBase32: string, timestamp = Date.now()) =>
  totpFor(secretBase32, "x").generate({ timestamp });
