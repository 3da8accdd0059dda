import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          setupFiles: ["lib/testing/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns a database; two at a time suits this 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
