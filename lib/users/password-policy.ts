// Pure: the rules a new password must meet. The common-password list is passed in, so this module
// reads no files and tests can use a tiny list.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

export type TPasswordProblem = "TOO_SHORT" | "TOO_LONG" | "COMMON" | "IS_EMAIL";

/** Characters as a person counts them: code points, so a 12-character Chinese passphrase passes. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** The first rule `password` breaks, or null. `email` is the account's own address. */
export function passwordProblem(password: string, { email, common }: { email: string; common: ReadonlySet<string> }): TPasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return "TOO_SHORT";
  if (length > PASSWORD_MAX) return "TOO_LONG";
  const folded = password.toLowerCase();
  if (folded === email.trim().toLowerCase()) return "IS_EMAIL";
  if (common.has(folded)) return "COMMON";
  return null;
}

/** What to tell the person, in words they can act on. */
export function passwordProblemMessage(problem: TPasswordProblem, password: string): string {
  switch (problem) {
    case "TOO_SHORT":
      return `Use at least ${PASSWORD_MIN} characters (this one has ${passwordLength(password)}). A few unrelated words make a good password.`;
    case "TOO_LONG":
      return `Use at most ${PASSWORD_MAX} characters.`;
    case "IS_EMAIL":
      return "Your password cannot be your email address.";
    case "COMMON":
      return "This is one of the most common passwords, which attackers try first. Choose another.";
  }
}
