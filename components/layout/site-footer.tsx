import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-stone-600">
        <p>{SITE_NAME}: mentorship and peer support.</p>
        <a href="/feed.xml" className="hover:text-brand-700">
          RSS feed
        </a>
        <a href="/sitemap.xml" className="hover:text-brand-700">
          Sitemap
        </a>
      </div>
    </footer>
  );
}
