import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { PASSWORD_MAX } from "./password-policy";

export const ZRole = z.enum(["ADMIN", "EDITOR", "REVIEWER"]);

const ZEmail = z.string({ error: "Enter an email address" }).trim().toLowerCase().max(320, "Keep the email under 320 characters").email("Enter a valid email address");
const ZName = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "Keep the name under 120 characters");
// Length and common-password rules need the email too: see password-policy.ts (code points, not UTF-16 units).
const ZPassword = z.string({ error: "Enter a password" }).max(PASSWORD_MAX * 2, `Use at most ${PASSWORD_MAX} characters.`);

export const ZNewUser = z.object({
  email: ZEmail,
  name: ZName,
  role: ZRole,
  password: z.string().min(12, "Passwords need at least 12 characters").max(1024),
});
export type TNewUser = z.infer<typeof ZNewUser>;

export const ZInvite = z.object({
  email: ZEmail.describe("The invitee's email address; the invitation is for this address only"),
  role: ZRole.describe("The role the account will have"),
});
export type TInvite = z.infer<typeof ZInvite>;

export const ZAcceptInvitation = z.object({
  token: z.string().trim().min(1).max(200),
  name: ZName.describe("The name other members will see"),
  password: ZPassword.describe("At least 12 characters, not a common password, not the email"),
});
export type TAcceptInvitation = z.infer<typeof ZAcceptInvitation>;

export const ZUpdateUser = z
  .object({
    role: ZRole.optional().describe("The new role"),
    active: z.boolean().optional().describe("false deactivates the account: its sessions and API tokens stop working at once"),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, { message: "Send a role, active, or both" });
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

export const ZChangePassword = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(PASSWORD_MAX * 4),
  newPassword: ZPassword.describe("At least 12 characters, not a common password, not your email"),
});
export type TChangePassword = z.infer<typeof ZChangePassword>;

export const ZUserId = z.string().trim().min(1).max(64);

export const ZSetLocale = z.object({
  locale: z.enum(LOCALES, { error: `Choose one of: ${LOCALES.join(", ")}` }).describe("The UI language: en, zh-Hans (简体中文) or zh-Hant (繁體中文)"),
});
export type TSetLocale = z.infer<typeof ZSetLocale>;
