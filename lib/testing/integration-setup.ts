// Runs before each integration test file is imported: points the app's single database module at
// a fresh database of this file's own, so files never see each other's rows.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789";
// Fixtures write rows without announcing them, so no summary may be kept between calls
// (lib/dashboard/summary-cache.ts has its own tests; get-dashboard.int.test.ts one with it on).
process.env.DASHBOARD_SUMMARY_CACHE ??= "false";

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  await database.drop();
});
