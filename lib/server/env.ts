import { z } from "zod";

// The only module that reads process.env: everything else imports `env`.
const ZEnv = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL"),
  // A direct (session) connection to the same database, for what a transaction-mode pooler such as
  // PgBouncer cannot carry: the LISTEN connection, exports' session settings and cursors, migrations.
  // Unset: DATABASE_URL is used for those too (docs/scaling.md).
  DATABASE_DIRECT_URL: z.string().url("DATABASE_DIRECT_URL must be a postgres:// URL").optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  DEMO_PASSWORD: z.string().min(8).default("factdesk-demo"),
  DB_POOL_SIZE: z.coerce.number().int().positive().default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Who publishes the reports: the author of ClaimReview exports and the base of their URLs.
  DESK_NAME: z.string().trim().min(1).default("Factdesk"),
  DESK_URL: z.string().url("DESK_URL must be an http(s) URL").default("http://localhost:3000"),
  // Set to true only behind a reverse proxy that overwrites X-Forwarded-For: the brute-force limiter
  // then counts per the client it names, instead of per socket address (which is the proxy's).
  TRUST_PROXY: z.stringbool({ error: "TRUST_PROXY must be true or false" }).default(false),
  // Keep each dashboard summary until its investigation changes (lib/dashboard/summary-cache.ts).
  // Off in integration tests, whose fixtures write rows without announcing them.
  DASHBOARD_SUMMARY_CACHE: z.stringbool({ error: "DASHBOARD_SUMMARY_CACHE must be true or false" }).default(true),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Where session-bound connections go: DATABASE_DIRECT_URL when set, else DATABASE_URL. */
export function directDatabaseUrl(): string {
  return env.DATABASE_DIRECT_URL ?? env.DATABASE_URL;
}

function readEnv(): TEnv {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

let cached: TEnv | undefined;
export const env = new Proxy({} as TEnv, {
  get(_target, key: string) {
    cached ??= readEnv();
    return cached[key as keyof TEnv];
  },
});
