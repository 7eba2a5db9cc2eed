import "server-only";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipSessions, users } from "@/db/schema";
import { utcOffsetMinutes } from "@/lib/mentors/time-offsets";
import { isTimeZone } from "@/lib/profiles/time-zones";
import { buildCalendar } from "./ics";
import { ENDED_MESSAGE, fieldErrorsOf, memberOf, refuse, stillActive, writableMembership, type Membership, type Result } from "./access";
import { localDateTimeParts, sessionSchema, type SessionInput } from "./space-schema";

// A log of the pair's sessions, past and planned. Times are typed in the
// member's own time zone (their profile's, or UTC), stored in UTC and shown
// back in the zone of whoever reads them.

export type SessionEntry = {
  id: number;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  notes: string;
  nextSteps: string;
  createdByName: string | null;
  createdAt: Date;
};

export type SessionLog = {
  /** Sessions that have started, the latest first. */
  past: SessionEntry[];
  /** Planned sessions, the soonest first. */
  upcoming: SessionEntry[];
  /** The soonest planned session (upcoming[0]), or null. */
  next: SessionEntry | null;
};

const MINUTE = 60_000;
/** How far ahead a session can be planned. */
export const PLAN_AHEAD_DAYS = 730;

/**
 * The UTC moment of a datetime-local value ("2026-03-14T18:30") read as a
 * wall-clock time in `timeZone`. A time skipped by a daylight-saving change
 * moves forward by the gap; a repeated one is the later of the two.
 */
export function localToUtc(value: string, timeZone: string): Date | null {
  const p = localDateTimeParts(value);
  if (!p) return null;
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  const first = wall - utcOffsetMinutes(zone, new Date(wall)) * MINUTE;
  return new Date(wall - utcOffsetMinutes(zone, new Date(first)) * MINUTE);
}

/** The datetime-local value showing `date` in `timeZone` (the inverse of localToUtc). */
export function utcToLocalInput(date: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  return new Date(date.getTime() + utcOffsetMinutes(zone, date) * MINUTE).toISOString().slice(0, 16);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Sat 14 Mar 2026, 18:30" in `timeZone`. */
export function formatInZone(date: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone });
    formatters.set(zone, f);
  }
  return f.format(date);
}

function rows(db: Db, mentorshipId: number, from?: Date): SessionEntry[] {
  return db
    .select({
      id: mentorshipSessions.id,
      startsAt: mentorshipSessions.startsAt,
      durationMinutes: mentorshipSessions.durationMinutes,
      notes: mentorshipSessions.notes,
      nextSteps: mentorshipSessions.nextSteps,
      createdByName: users.displayName,
      createdAt: mentorshipSessions.createdAt,
    })
    .from(mentorshipSessions)
    .leftJoin(users, eq(users.id, mentorshipSessions.createdBy))
    .where(and(eq(mentorshipSessions.mentorshipId, mentorshipId), from ? gt(mentorshipSessions.startsAt, from) : undefined))
    .orderBy(asc(mentorshipSessions.startsAt), asc(mentorshipSessions.id))
    .all()
    .map((s) => ({ ...s, endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * MINUTE) }));
}

/** Past and planned sessions at `now`. The caller has checked membership. */
export function sessionsOf(db: Db, { mentorshipId, now = new Date() }: { mentorshipId: number; now?: Date }): SessionLog {
  const all = rows(db, mentorshipId);
  const upcoming = all.filter((s) => s.startsAt > now);
  const past = all.filter((s) => s.startsAt <= now).reverse();
  return { past, upcoming, next: upcoming[0] ?? null };
}

/**
 * The next planned session of an active mentorship, for one of its members
 * (the calendar file); null for anyone else, or when nothing is planned.
 */
export function nextPlannedSession(db: Db, { mentorshipId, userId, now = new Date() }: { mentorshipId: number; userId: number; now?: Date }): { membership: Membership; session: SessionEntry } | null {
  const membership = memberOf(db, { mentorshipId, userId });
  if (!membership || membership.mentorship.status !== "active") return null;
  const session = rows(db, mentorshipId, now)[0];
  return session ? { membership, session } : null;
}

/**
 * The next planned session as an iCalendar file, for a member; null for
 * anyone else or when nothing is planned. `siteUrl` is the site's base
 * address: its host makes the UID globally unique (stable per session, so a
 * calendar that imports it twice updates one event).
 */
export function nextSessionCalendar(db: Db, { mentorshipId, userId, siteUrl, now = new Date() }: { mentorshipId: number; userId: number; siteUrl: string; now?: Date }): string | null {
  const next = nextPlannedSession(db, { mentorshipId, userId, now });
  if (!next) return null;
  const { session, membership } = next;
  const base = new URL(siteUrl);
  return buildCalendar([
    {
      uid: `mentorship-${mentorshipId}-session-${session.id}@${base.hostname}`,
      stamp: session.createdAt,
      start: session.startsAt,
      end: session.endsAt,
      summary: `Mentorship session with ${membership.other.displayName}`,
      description: session.nextSteps || undefined,
      url: new URL(`/mentorships/${mentorshipId}`, base).toString(),
    },
  ]);
}

/** Logs a past session or plans one; the date and time are read in the acting member's time zone. */
export function logSession(
  db: Db,
  { mentorshipId, userId, input, now = new Date() }: { mentorshipId: number; userId: number; input: { startsAt: string; durationMinutes: string | number; notes: string; nextSteps: string }; now?: Date },
): Result<{ sessionId: number; startsAt: Date }> {
  const access = writableMembership(db, { mentorshipId, userId, now });
  if (!access.ok) return access;
  const parsed = sessionSchema.safeParse(input);
  if (!parsed.success) return refuse("Please correct the fields marked below.", 400, fieldErrorsOf(parsed.error));
  const data: SessionInput = parsed.data;
  const startsAt = localToUtc(data.startsAt, access.membership.me.timeZone);
  if (!startsAt) return refuse("Please correct the fields marked below.", 400, { startsAt: ["Choose a valid date and time."] });
  if (startsAt.getUTCFullYear() < 2000) return refuse("Please correct the fields marked below.", 400, { startsAt: ["Choose a date from the year 2000 on."] });
  if (startsAt.getTime() > now.getTime() + PLAN_AHEAD_DAYS * 24 * 60 * MINUTE)
    return refuse("Please correct the fields marked below.", 400, { startsAt: ["Plan sessions at most two years ahead."] });

  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (!stillActive(t, mentorshipId)) return refuse(ENDED_MESSAGE);
      const row = t
        .insert(mentorshipSessions)
        .values({ mentorshipId, startsAt, durationMinutes: data.durationMinutes, notes: data.notes, nextSteps: data.nextSteps, createdBy: userId, createdAt: now })
        .returning({ id: mentorshipSessions.id })
        .get();
      return { ok: true as const, sessionId: row.id, startsAt };
    },
    { behavior: "immediate" },
  );
}
