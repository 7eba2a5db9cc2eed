import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// E2E_PORT lets a second checkout run its suite beside another one.
const PORT = Number(process.env.E2E_PORT) || 3100;
export const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
// The e2e server's own database and build folder: tests never touch data/app.db.
export const E2E_ENV = {
  DATABASE_PATH: "data/e2e.db",
  NEXT_DIST_DIR: ".next-e2e",
  SITE_URL: E2E_BASE_URL,
  PORT: String(PORT),
  // Password-reset links are read from the outbox page, as a developer would.
  DEV_OUTBOX: "on",
};

// Playwright cannot download its browser on every machine: use the system's
// Chromium when there is one (CHROMIUM_PATH overrides), else Playwright's own.
const chromiumPath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A fresh database, seeded, then a production build against it.
    command: "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && npx tsx db/scripts/seed.ts && npx next build && npx next start",
    url: `${E2E_BASE_URL}/api/health`,
    env: { ...E2E_ENV, NODE_ENV: "production" },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
