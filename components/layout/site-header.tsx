import Link from "next/link";
import { SITE_NAME } from "@/lib/site";
import { SearchForm } from "@/components/articles/search-form";
import { AccountMenu } from "./account-menu";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-900">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm">
          <Link href="/articles" className="text-stone-700 hover:text-brand-700">
            Articles
          </Link>
          <Link href="/mentors" className="text-stone-700 hover:text-brand-700">
            Mentors
          </Link>
          <Link href="/forum" className="text-stone-700 hover:text-brand-700">
            Forum
          </Link>
        </nav>
        <div className="ml-auto flex w-full items-center gap-4 sm:w-auto">
          <div className="w-full sm:w-64">
            <SearchForm compact />
          </div>
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
