import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folders, each against its
  // own database, so they never overwrite the app's prerendered pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make its ETag; profiled
  // under load, that was 11% of the server's CPU on an article page and grows
  // with the page. Resending a page (8 KB gzipped) costs less than hashing it.
  generateEtags: false,
  reactStrictMode: true,
  // On every response, pages, route handlers, assets and errors alike.
  async headers() {
    return securityHeaders({ production: process.env.NODE_ENV === "production" });
  },
  experimental: {
    // Pages rendered on demand (a search result page per query) stay in the
    // in-memory LRU cache (cacheMaxMemorySize, 50 MB) instead of being written
    // to disk, so any number of distinct queries cannot fill the disk. Pages
    // prerendered at build are still read from the build output.
    isrFlushToDisk: false,
    // forbidden(): a signed-in user without the right role gets a real 403 page.
    authInterrupts: true,
  },
};

export default nextConfig;
