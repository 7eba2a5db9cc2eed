import type { Metadata } from "next";

// The benchmark's floor: a static page of this build with nothing of its own,
// to compare every other page against.
export const metadata: Metadata = { title: "Empty", robots: { index: false } };

export default function EmptyPage() {
  return null;
}
