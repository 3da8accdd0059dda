import path from "node:path";
import { defineConfig } from "vitest/config";

// Database fault tests: their own embedded PostgreSQL and their own `next start` of the build the
// e2e stage made (scripts/test.mjs runs them right after it), so stopping PostgreSQL disturbs no other test.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "..") } },
  test: {
    name: "faults",
    root: path.resolve(import.meta.dirname, ".."),
    include: ["e2e-faults/**/*.fault.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
