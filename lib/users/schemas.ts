import { z } from "zod";

export const ZRole = z.enum(["ADMIN", "EDITOR", "REVIEWER"]);

export const ZNewUser = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  name: z.string().trim().min(1, "Enter a name").max(120),
  role: ZRole,
  password: z.string().min(12, "Passwords need at least 12 characters").max(1024),
});
export type TNewUser = z.infer<typeof ZNewUser>;
