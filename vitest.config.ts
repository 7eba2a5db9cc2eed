import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; unit tests run
      // the same server code directly in Node.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    // Password hashing (scrypt, about 0.4 s a hash) dominates the account tests;
    // on a busy 2-core machine a few hashes can pass 5 s.
    testTimeout: 20_000,
  },
});
