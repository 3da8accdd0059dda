import type { Db } from "@/lib/server/db";

export type THealth = { status: "ok" | "degraded"; database: "ok" | "unreachable" };

/** A cheap round trip with a short deadline, so a dead database answers fast instead of hanging. */
export async function checkHealth(db: Db, timeoutMs = 2_000): Promise<THealth> {
  const probe = db.$queryRaw`SELECT 1`;
  const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref());
  try {
    await Promise.race([probe, deadline]);
    return { status: "ok", database: "ok" };
  } catch {
    probe.catch(() => undefined);
    return { status: "degraded", database: "unreachable" };
  }
}
