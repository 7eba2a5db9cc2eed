import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import type { listMentors } from "@/lib/mentors/directory";
import { directoryHref, type DirectoryFilters } from "@/lib/mentors/directory-schema";
import { MentorCard } from "./mentor-card";
import { MentorFilters } from "./mentor-filters";

type Props = { filters: DirectoryFilters; result: ReturnType<typeof listMentors>; hints: string[] };

/** The directory page for one set of filters (served from /mentors and its cached results). */
export function MentorDirectory({ filters, result, hints }: Props) {
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Find a mentor</h1>
      <p className="mt-2 text-stone-600">Search or filter by what matters to you; the address of this page keeps your search and filters, so you can share it.</p>
      <div className="mt-6">
        <MentorFilters filters={filters} />
      </div>
      <p role="status" className="mt-6 text-sm text-stone-600">
        {result.total} {result.total === 1 ? "mentor matches" : "mentors match"}.
      </p>
      {result.total === 0 ? (
        <div className="mt-4 text-stone-700">
          <p>No mentor fits all of these filters.</p>
          {hints.length > 0 && (
            <>
              <p className="mt-2">You could:</p>
              <ul className="mt-1 list-disc pl-6">
                {hints.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3">
            <Link href="/mentors" className="text-brand-700 underline">
              Clear all filters
            </Link>
          </p>
        </div>
      ) : (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {result.items.map((m) => (
            <MentorCard key={m.handle} mentor={m} />
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} label="Mentor pages" hrefFor={(page) => directoryHref({ ...filters, page })} />
    </div>
  );
}
