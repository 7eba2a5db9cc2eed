import type { Metadata } from "next";

// The benchmark's floor for pages rendered per request: it reads the query
// string, so it cannot be prerendered, and renders nothing of its own.
export const metadata: Metadata = { title: "Empty", robots: { index: false } };

export default async function EmptyDynamicPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await searchParams;
  return null;
}
