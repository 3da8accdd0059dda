// Loads the demo investigation, its five sources and the demo users. Idempotent.
// `npm start` runs it only against the embedded database; `npm run db:seed` runs it anywhere.
import path from "node:path";
import { DEMO_USERS, seedDemo } from "@/lib/demo/seed-demo";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

const report = await seedDemo({ db, demoDir: path.resolve(import.meta.dirname, "demo"), password: env.DEMO_PASSWORD });
const imported = report.sources.filter((s) => s.status === "imported").length;
console.log(`▸ Demo data: ${imported} source(s) imported, ${report.sources.length - imported} already present.`);
if (report.entities.entities > 0) console.log(`▸ Alias table: ${report.entities.entities} entities with ${report.entities.names} spellings seeded.`);
console.log(`▸ Demo accounts, password "${env.DEMO_PASSWORD}":`);
for (const user of DEMO_USERS) console.log(`    ${user.role.padEnd(8)} ${user.email}`);
await db.$disconnect();
