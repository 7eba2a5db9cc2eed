import type { SessionEntry, SessionLog } from "@/lib/mentorships/sessions";
import { formatInZone } from "@/lib/mentorships/sessions";

type Props = { mentorshipId: number; log: SessionLog; timeZone: string; otherName: string; ended: boolean };

const zone = (z: string) => z.replaceAll("_", " ");

function When({ s, timeZone }: { s: SessionEntry; timeZone: string }) {
  return (
    <>
      <time dateTime={s.startsAt.toISOString()}>{formatInZone(s.startsAt, timeZone)}</time> ({s.durationMinutes} minutes)
    </>
  );
}

function Details({ s }: { s: SessionEntry }) {
  return (
    <>
      {(s.notes || s.nextSteps) && (
        <dl className="mt-2 space-y-2 text-sm">
          {s.notes && (
            <div>
              <dt className="font-medium text-stone-700">Notes</dt>
              <dd className="whitespace-pre-line text-stone-800">{s.notes}</dd>
            </div>
          )}
          {s.nextSteps && (
            <div>
              <dt className="font-medium text-stone-700">Next steps</dt>
              <dd className="whitespace-pre-line text-stone-800">{s.nextSteps}</dd>
            </div>
          )}
        </dl>
      )}
      {s.createdByName && <p className="mt-2 text-xs text-stone-500">Logged by {s.createdByName}</p>}
    </>
  );
}

function Sessions({ sessions, timeZone, className = "space-y-3" }: { sessions: SessionEntry[]; timeZone: string; className?: string }) {
  return (
    <ul className={className}>
      {sessions.map((s) => (
        <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4">
          <p className="font-medium">
            <When s={s} timeZone={timeZone} />
          </p>
          <Details s={s} />
        </li>
      ))}
    </ul>
  );
}

// Once the mentorship has ended nothing is planned any more: one log, latest first.
function EndedLog({ log, timeZone }: { log: SessionLog; timeZone: string }) {
  const all = [...log.upcoming].reverse().concat(log.past);
  return all.length === 0 ? (
    <p className="text-stone-600">No sessions were logged.</p>
  ) : (
    <Sessions sessions={all} timeZone={timeZone} />
  );
}

// The next planned session first (with its calendar file), then the other
// planned ones, then the log of past sessions, latest first. Times are in the
// reader's own time zone.
export function SessionList({ mentorshipId, log, timeZone, otherName, ended }: Props) {
  if (ended) return <EndedLog log={log} timeZone={timeZone} />;
  const later = log.upcoming.slice(1);
  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-600">Times are shown in your time zone, {zone(timeZone)}.</p>
      {log.next ? (
        <div aria-labelledby="next-session-heading" role="group" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
          <h3 id="next-session-heading" className="text-sm font-semibold uppercase tracking-wide text-brand-900">
            Next session
          </h3>
          <p className="mt-1 text-lg font-medium text-stone-900">
            <When s={log.next} timeZone={timeZone} />
          </p>
          <p className="text-sm text-stone-700">With {otherName}</p>
          <Details s={log.next} />
          <p className="mt-3">
            <a href={`/mentorships/${mentorshipId}/next-session.ics`} download="next-session.ics" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
              Add the next session to your calendar (.ics)
            </a>
          </p>
        </div>
      ) : (
        <p className="text-stone-600">No session planned.</p>
      )}

      {later.length > 0 && (
        <div>
          <h3 className="font-medium text-stone-900">Also planned</h3>
          <Sessions sessions={later} timeZone={timeZone} className="mt-2 space-y-3" />
        </div>
      )}

      <div>
        <h3 className="font-medium text-stone-900">Past sessions</h3>
        {log.past.length === 0 ? (
          <p className="mt-2 text-stone-600">No past sessions yet.</p>
        ) : (
          <Sessions sessions={log.past} timeZone={timeZone} className="mt-2 space-y-3" />
        )}
      </div>
    </div>
  );
}
