import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Renders are CPU-bound and the CI machine has two cores: more files at once only slows each down.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
