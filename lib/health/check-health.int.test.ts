import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/server/db";
import { checkHealth } from "./check-health";

describe("checkHealth", () => {
  const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
  afterAll(() => unreachable.$disconnect());

  it("reports ok against a live database", async () => {
    expect(await checkHealth(db)).toEqual({ status: "ok", database: "ok" });
  });

  it("reports the database unreachable, quickly and without throwing", async () => {
    expect(await checkHealth(unreachable, 1_000)).toEqual({ status: "degraded", database: "unreachable" });
  });
});
