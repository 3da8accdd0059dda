/** PostgreSQL picked this transaction as a deadlock victim or refused it as a serialization failure. */
export function isTransientConflict(error: unknown): boolean {
  const e = error as { code?: string; message?: string; meta?: { code?: string } };
  return e?.code === "P2034" || e?.meta?.code === "40P01" || e?.meta?.code === "40001" || /deadlock detected|could not serialize/i.test(String(e?.message ?? ""));
}

/**
 * Re-runs a whole transaction when PostgreSQL aborted it for a transient conflict: the retried run
 * re-reads everything, so optimistic checks (base versions) still decide who wins.
 */
export async function withTransientRetry<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
