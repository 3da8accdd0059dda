// npm run user:create -- --email ann@example.org --role EDITOR [--name "Ann Example"]
// Prompts for the password without echoing it (or reads it from stdin when piped).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { db } from "@/lib/server/db";
import { describeError } from "@/lib/server/describe-error";
import { unsafeCreateUser } from "@/lib/users/create-user";

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });
if (!values.email || !values.role) {
  console.error("usage: npm run user:create -- --email <email> --role ADMIN|EDITOR|REVIEWER [--name <name>]");
  process.exit(2);
}

try {
  const password = await askPassword("Password (at least 12 characters): ");
  const user = await unsafeCreateUser({
    db,
    actor: null,
    input: { email: values.email, role: values.role.toUpperCase(), name: values.name ?? values.email.split("@")[0], password },
  });
  console.log(`✔ Created ${user.role} ${user.email} (${user.id})`);
} catch (error) {
  console.error(`✘ ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

async function askPassword(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    // Echo nothing but the prompt while the password is typed.
    const write = (rl as unknown as { _writeToOutput: (s: string) => void });
    write._writeToOutput = (s: string) => {
      if (s.includes(prompt)) process.stdout.write(prompt);
    };
  }
  const answer = await rl.question(prompt);
  rl.close();
  if (process.stdin.isTTY) process.stdout.write("\n");
  return answer;
}
