import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (no browser downloads here); the flags stop its background calls to Google.
const chromiumArgs = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate",
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 1,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // scripts/test.mjs builds the app and passes DATABASE_URL for the e2e database.
    command: `node_modules/.bin/next start --port ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // TRUST_PROXY: specs share one socket address (127.0.0.1), so the sign-in lockout spec names its
    // own client in X-Forwarded-For instead of locking every other spec out (e2e/admin.spec.ts).
    env: { NEXTAUTH_URL: baseURL, NEXT_TELEMETRY_DISABLED: "1", TRUST_PROXY: "true" },
  },
});
