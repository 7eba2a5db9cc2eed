// A plain GET form: search works without JavaScript and the URL can be shared.
export function ForumSearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/forum/search" method="get" role="search" className="flex gap-2">
      <label htmlFor="forum-search" className="sr-only">
        Search the forum
      </label>
      <input
        id="forum-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search the forum"
        maxLength={2000}
        className="w-full rounded-md border border-stone-300 px-3 py-1.5 text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
      />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
        Search
      </button>
    </form>
  );
}
