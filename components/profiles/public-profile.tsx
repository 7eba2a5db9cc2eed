import { ArticleBody } from "@/components/articles/article-body";
import { FORMAT_LABELS, LEVEL_LABELS } from "@/lib/profiles/choices";
import type { PublicProfile as Profile } from "@/lib/profiles/queries";
import { Avatar } from "./avatar";
import { TagList } from "./tag-list";

const zone = (z: string) => z.replaceAll("_", " ");
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-stone-500">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

// bioHtml comes from lib/markdown/render, which drops raw HTML and sanitizes.
// `mentorExtras` (track record, reply time, the request button) goes in the
// mentoring section; `children` (the viewer's match) after the profile.
export function PublicProfile({ profile: p, bioHtml, mentorExtras, children }: { profile: Profile; bioHtml: string; mentorExtras?: React.ReactNode; children?: React.ReactNode }) {
  const empty = !p.headline && !p.bio && !p.languages.length && !p.topics.length && !p.mentor && !p.learner;
  const card = "mt-8 rounded-lg border border-stone-200 bg-white p-5";
  const list = "mt-4 grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-3 text-sm";
  return (
    <article aria-labelledby="profile-name" className="mx-auto max-w-3xl">
      <header className="flex items-center gap-5">
        <Avatar displayName={p.displayName} handle={p.handle} />
        <div>
          <h1 id="profile-name" className="font-serif text-3xl font-semibold">
            {p.displayName}
          </h1>
          {p.headline && <p className="mt-1 text-lg text-stone-700">{p.headline}</p>}
          <p className="mt-1 text-sm text-stone-500">
            @{p.handle}
            {p.mentor && <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-900">Mentor</span>}
          </p>
        </div>
      </header>

      {empty && <p className="mt-8 text-stone-600">{p.displayName} has not filled in a profile yet.</p>}

      {p.bio && (
        <section aria-labelledby="bio-heading" className="mt-8">
          <h2 id="bio-heading" className="sr-only">
            Bio
          </h2>
          <ArticleBody html={bioHtml} />
        </section>
      )}

      {(p.timezone || p.languages.length > 0 || p.topics.length > 0) && !empty && (
        <dl className={list}>
          {p.timezone && <Row term="Time zone">{zone(p.timezone)}</Row>}
          {p.languages.length > 0 && <Row term="Languages">{p.languages.join(", ")}</Row>}
          {p.topics.length > 0 && (
            <Row term="Topics">
              <TagList label="Topics" items={p.topics} />
            </Row>
          )}
        </dl>
      )}

      {p.mentor && (
        <section aria-labelledby="mentor-heading" className={card}>
          <h2 id="mentor-heading" className="font-serif text-xl font-semibold">
            Mentoring
          </h2>
          <p className="mt-2 text-sm font-medium">{p.mentor.acceptingMentees ? "Accepting new mentees" : "Not accepting new mentees right now"}</p>
          <dl className={list}>
            <Row term="Expertise">
              <TagList label="Expertise" items={p.mentor.expertise} />
            </Row>
            {p.mentor.yearsExperience !== null && <Row term="Experience">{plural(p.mentor.yearsExperience, "year", "years")}</Row>}
            <Row term="Formats">{p.mentor.formats.map((f) => FORMAT_LABELS[f]).join(", ")}</Row>
            {p.mentor.hoursPerMonth !== null && <Row term="Availability">{plural(p.mentor.hoursPerMonth, "hour", "hours")} a month</Row>}
            {p.mentor.capacity !== null && <Row term="Capacity">{plural(p.mentor.capacity, "active mentee", "active mentees")} at most</Row>}
          </dl>
          {mentorExtras}
        </section>
      )}

      {p.learner && (
        <section aria-labelledby="learner-heading" className={card}>
          <h2 id="learner-heading" className="font-serif text-xl font-semibold">
            Learning
          </h2>
          <dl className={list}>
            {p.learner.goals.length > 0 && (
              <Row term="Goals">
                <ul className="list-disc space-y-1 pl-5">
                  {p.learner.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </Row>
            )}
            {p.learner.level && <Row term="Level">{LEVEL_LABELS[p.learner.level]}</Row>}
            {p.learner.preferredLanguages.length > 0 && <Row term="Preferred languages">{p.learner.preferredLanguages.join(", ")}</Row>}
            {p.learner.preferredTimezone && <Row term="Preferred time zone">{zone(p.learner.preferredTimezone)}</Row>}
          </dl>
        </section>
      )}
      {children}
    </article>
  );
}
