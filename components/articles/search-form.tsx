// A plain GET form: search works without JavaScript and the URL can be shared.
export function SearchForm({ defaultValue = "", compact = false }: { defaultValue?: string; compact?: boolean }) {
  const id = compact ? "site-search" : "search-page-query";
  return (
    <form action="/search" method="get" role="search" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        Search articles
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search articles"
        maxLength={2000}
        className="w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
      />
      {!compact && (
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
          Search
        </button>
      )}
    </form>
  );
}
