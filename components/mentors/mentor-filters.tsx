import { MENTORING_FORMATS } from "@/db/schema";
import { defaultSort, MAX_MENTOR_QUERY_LENGTH, type DirectoryFilters } from "@/lib/mentors/directory-schema";
import { FORMAT_LABELS } from "@/lib/profiles/choices";
import { LANGUAGES } from "@/lib/profiles/languages";
import { TOPICS } from "@/lib/topics/vocabulary";
import { choiceFor, zoneChoices } from "@/lib/mentors/zone-choices";

const select = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
const label = "block text-sm font-medium text-stone-800";

// A plain GET form: filtering works without JavaScript and the URL is the state.
export function MentorFilters({ filters }: { filters: DirectoryFilters }) {
  const now = new Date();
  const zones = zoneChoices(now);
  return (
    <form method="get" action="/mentors" aria-label="Filter mentors" className="grid gap-4 rounded-md border border-stone-200 bg-white p-4 sm:grid-cols-3">
      <label className={`${label} sm:col-span-3`}>
        Search mentors
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={MAX_MENTOR_QUERY_LENGTH}
          placeholder="Name, skill or anything in their profile"
          className={select}
        />
      </label>
      <label className={label}>
        Topic
        <select name="topic" defaultValue={filters.topic ?? ""} className={select}>
          <option value="">Any topic</option>
          {TOPICS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Language
        <select name="language" defaultValue={filters.language ?? ""} className={select}>
          <option value="">Any language</option>
          {LANGUAGES.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      <label className={label}>
        Format
        <select name="format" defaultValue={filters.format ?? ""} className={select}>
          <option value="">Any format</option>
          {MENTORING_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Your time zone
        <select name="tz" defaultValue={choiceFor(zones, filters.tz, now)} className={select}>
          <option value="">Any time zone</option>
          {zones.map((z) => (
            <option key={z.value} value={z.value}>
              {z.label}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        At most this many hours apart
        <select name="within" defaultValue={String(filters.within ?? 3)} className={select}>
          {[0, 1, 2, 3, 4, 6, 8, 12].map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Sort by
        {/* The first option sends no sort, so a new search is ordered by best match. */}
        <select name="sort" defaultValue={filters.sort === defaultSort(filters) ? "" : filters.sort} className={select}>
          <option value="">{filters.q ? "Best match" : "Name"}</option>
          {filters.q && <option value="name">Name</option>}
          <option value="experience">Most experience</option>
          <option value="room">Most room for mentees</option>
        </select>
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="accepting" value="1" defaultChecked={filters.accepting === "1"} />
        Only mentors taking new mentees
      </label>
      <div className="flex justify-end">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900">
          Show mentors
        </button>
      </div>
    </form>
  );
}
