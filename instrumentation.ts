export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Cached pages carry their script hashes (lib/security/csp-cache-handler.mjs).
  // Loaded by Node itself, not bundled: it extends the very cache class the
  // server runs, and installs it once here rather than through next.config's
  // cacheHandler, which Next re-imports on every request (measured: a quarter
  // of a cached page's throughput).
  const { pathToFileURL } = await import("node:url");
  const handler = pathToFileURL(`${process.cwd()}/lib/security/csp-cache-handler.mjs`).href;
  const { installCspCacheHandler } = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ handler)) as { installCspCacheHandler: () => void };
  installCspCacheHandler();
  const { getDb } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  migrateDatabase(getDb());
  // Rate-limit events older than any window are dead weight.
  const { pruneEvents } = await import("@/lib/accounts/rate-limit");
  pruneEvents(getDb(), { olderThanMs: 24 * 60 * 60 * 1000 });
  // Requests expire lazily before every read of them; the timer also pauses
  // mentors who let requests lapse while nobody looked.
  const { expireStaleRequests } = await import("@/lib/mentorships/expiry");
  expireStaleRequests(getDb());
  setInterval(() => expireStaleRequests(getDb()), 60 * 60 * 1000).unref();
  // Emails are queued in the database by the request that causes them and
  // sent from here: at once after each is queued, and every minute for retries.
  const { onEmailQueued } = await import("@/lib/email/outbox");
  const { startDelivery } = await import("@/lib/email/delivery");
  onEmailQueued(() => void startDelivery(getDb()));
  void startDelivery(getDb());
  setInterval(() => void startDelivery(getDb()), 60 * 1000).unref();
  const { pruneNotificationData } = await import("@/lib/notifications/retention");
  pruneNotificationData(getDb());
  setInterval(() => pruneNotificationData(getDb()), 60 * 60 * 1000).unref();

  if (process.env.NODE_ENV === "production") {
    // Pages prerendered at build show the database as it was then; content
    // imported while the app was stopped must show now, so refresh once the
    // server listens.
    const { refreshWhenListening } = await import("@/lib/content-refresh/boot");
    void refreshWhenListening();
  }
}
