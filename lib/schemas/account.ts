import { z } from "zod";
import { passwordSchema } from "../auth/password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email("Enter a valid email address."));
export const nameSchema = z.string().trim().min(1, "Enter a name.").max(200);
export const workspaceNameSchema = z.string().trim().min(2, "Use at least 2 characters.").max(120);
export const roleSchema = z.enum(["owner", "admin", "reviewer", "viewer"]);
export const tokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not valid.");

export const setupSchema = z.object({
  token: tokenSchema,
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  workspaceName: workspaceNameSchema,
});

export const newAccountSchema = z.object({ email: emailSchema, name: nameSchema, password: passwordSchema });

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(256),
  newPassword: passwordSchema,
});

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });

export const inviteSchema = z.object({ email: emailSchema, role: roleSchema.exclude(["owner"]) });

export const apiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token.").max(100),
  scopes: z
    .array(z.enum(["read", "write"]))
    .min(1, "Choose at least one scope.")
    .max(2),
  expiresInDays: z.coerce.number().int().min(1, "At least 1 day.").max(365, "At most 365 days."),
});

/** "7d", "24h", "30" (days) → days, for the CLI. */
export const durationDays = z
  .string()
  .regex(/^\d{1,3}(d|h)?$/, "use e.g. 7d or 24h")
  .transform((s) => (s.endsWith("h") ? Number(s.slice(0, -1)) / 24 : Number(s.replace("d", ""))));
