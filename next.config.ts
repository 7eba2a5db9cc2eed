import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folders, each against its
  // own database, so they never overwrite the app's prerendered pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
