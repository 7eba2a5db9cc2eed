import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folders, each against its
  // own database, so they never overwrite the app's prerendered pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Pages rendered on demand (a search result page per query) stay in the
    // in-memory LRU cache (cacheMaxMemorySize, 50 MB) instead of being written
    // to disk, so any number of distinct queries cannot fill the disk. Pages
    // prerendered at build are still read from the build output.
    isrFlushToDisk: false,
  },
};

export default nextConfig;
