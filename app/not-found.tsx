import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/articles/search-form";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">We could not find that page</h1>
      <p className="mt-4 text-stone-700">The address may be mistyped, or the page may have moved. Try a search, or go to the articles.</p>
      <div className="mt-6">
        <SearchForm />
      </div>
      <p className="mt-6">
        <Link href="/articles" className="text-brand-700 underline">
          Browse all articles
        </Link>
      </p>
    </div>
  );
}
