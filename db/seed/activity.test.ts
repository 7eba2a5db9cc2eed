import { describe, expect, it } from "vitest";
import { DECLINE_REASONS, FLAG_REASONS } from "@/db/schema";
import { REQUEST_LIFETIME_MS } from "@/lib/mentorships/request-machine";
import { flagTarget, generateFlags, generateRequests, MENTORSHIP_WEEKS, NEWEST_FLAG_AGO, REQUEST_SPAN_SECONDS, SETTLED_AGO, type BusySpan, type GeneratedRequest, type RequestOptions } from "./activity";
import { generateCommunity } from "./community";
import { DAY, HOUR, WEEK } from "./timeline";

const NOW = Date.UTC(2026, 2, 1, 12) / 1000;
const LIFETIME = REQUEST_LIFETIME_MS / 1000;

/** A generated community as the seed stores it: ids from 5 (after the demo accounts), joined when community.ts says. */
function people(mentors: number, learners: number, seed = 42) {
  const community = generateCommunity({ mentors, learners, seed }).map((m, i) => ({ ...m, id: 5 + i, createdAt: NOW - m.joinedAgo }));
  return {
    mentors: community.filter((m) => m.role === "mentor").map((m) => ({ id: m.id, createdAt: m.createdAt, capacity: m.profile.capacity })),
    learners: community.filter((m) => m.role === "learner").map((m) => ({ id: m.id, createdAt: m.createdAt, goals: m.profile.goals })),
  };
}

// The benchmark's shape (one request per two learners), scaled down.
const OPTIONS: RequestOptions = { requests: 1_500, seed: 42, now: NOW, ...people(600, 3_000) };
const requests = generateRequests(OPTIONS);
const joined = new Map([...OPTIONS.learners, ...OPTIONS.mentors].map((p) => [p.id, p.createdAt]));
const share = (status: GeneratedRequest["status"]) => requests.filter((r) => r.status === status).length / requests.length;

describe("generateRequests", () => {
  it("gives the same requests for the same options, others for another seed", () => {
    expect(generateRequests(OPTIONS)).toEqual(requests);
    const other = generateRequests({ ...OPTIONS, seed: 43 });
    expect(other.filter((r, i) => r.createdAt !== requests[i]!.createdAt || r.learnerId !== requests[i]!.learnerId).length).toBeGreaterThan(requests.length / 2);
  });

  it("writes the count asked for, between learners and mentors only, each after both joined", () => {
    expect(requests).toHaveLength(1_500);
    const mentorIds = new Set(OPTIONS.mentors.map((m) => m.id));
    const learnerIds = new Set(OPTIONS.learners.map((l) => l.id));
    for (const r of requests) {
      expect(learnerIds.has(r.learnerId)).toBe(true);
      expect(mentorIds.has(r.mentorId)).toBe(true);
      expect(r.createdAt).toBeGreaterThanOrEqual(Math.max(joined.get(r.learnerId)!, joined.get(r.mentorId)!) + HOUR);
      expect(r.goals.length).toBeGreaterThanOrEqual(1);
      expect(r.message.length).toBeGreaterThanOrEqual(20);
    }
  });

  it("sends them over the past 16 weeks, more lately, the newest a day before now", () => {
    for (const r of requests) {
      expect(r.createdAt).toBeGreaterThanOrEqual(NOW - REQUEST_SPAN_SECONDS);
      expect(r.createdAt).toBeLessThanOrEqual(NOW - DAY);
    }
    const week = (r: GeneratedRequest) => Math.floor((NOW - r.createdAt) / WEEK);
    const recent = requests.filter((r) => week(r) < 4).length;
    const early = requests.filter((r) => week(r) >= 12).length;
    expect(recent).toBeGreaterThan(early * 1.5);
    expect(new Set(requests.map(week)).size).toBe(16);
  });

  it("closes every request, in about the mix asked for, each with the fields its status has", () => {
    expect(share("accepted")).toBeGreaterThan(0.45);
    expect(share("accepted")).toBeLessThan(0.58);
    expect(share("declined")).toBeGreaterThan(0.22);
    expect(share("declined")).toBeLessThan(0.35);
    expect(share("expired")).toBeGreaterThan(0.08);
    expect(share("expired")).toBeLessThan(0.16);
    expect(share("withdrawn")).toBeGreaterThan(0.05);
    expect(share("withdrawn")).toBeLessThan(0.11);

    for (const r of requests) {
      expect(["accepted", "declined", "expired", "withdrawn"]).toContain(r.status);
      expect(r.closedAt).toBeGreaterThan(r.createdAt);
      expect(r.closedAt).toBeLessThanOrEqual(NOW - SETTLED_AGO);
      // A question comes with the first answer; an answer only after a question; answering restarts the 14 days.
      expect(r.question !== null).toBe(r.firstResponseAt !== null && r.firstResponseAt < r.closedAt);
      if (r.answer !== null) expect(r.question).not.toBeNull();
      expect(r.expiresAt - (r.answer === null ? r.createdAt : r.expiresAt - LIFETIME)).toBe(LIFETIME);
      if (r.firstResponseAt !== null) {
        expect(r.firstResponseAt).toBeGreaterThan(r.createdAt);
        expect(r.firstResponseAt).toBeLessThanOrEqual(r.closedAt);
        expect(r.firstResponseAt - r.createdAt).toBeLessThanOrEqual(4 * DAY);
      }
      expect(r.declineReason !== null).toBe(r.status === "declined");
      expect(r.mentorship !== null).toBe(r.status === "accepted");
      expect(r.expiredOnMentor).toBe(r.status === "expired" && r.firstResponseAt === null);
      switch (r.status) {
        case "accepted":
        case "declined":
          expect(r.firstResponseAt).not.toBeNull();
          expect(r.closedAt).toBeLessThan(r.expiresAt);
          break;
        case "expired":
          expect(r.closedAt).toBe(r.createdAt + LIFETIME);
          expect(r.answer).toBeNull();
          break;
        case "withdrawn":
          expect(r.closedAt).toBeLessThan(r.expiresAt);
          expect(r.answer).toBeNull();
      }
      if (r.declineReason) {
        expect(DECLINE_REASONS).toContain(r.declineReason);
        if (r.declineReason === "other") expect(r.declineNote).not.toBeNull();
      } else expect(r.declineNote).toBeNull();
    }
    // Most mentors answer within a day or so; the median is between an hour and two days.
    const waits = requests.flatMap((r) => (r.firstResponseAt === null ? [] : [r.firstResponseAt - r.createdAt])).sort((a, b) => a - b);
    const median = waits[waits.length >> 1]!;
    expect(median).toBeGreaterThan(HOUR);
    expect(median).toBeLessThan(2 * DAY);
  });

  it("ends every mentorship before now: completed after 2 to 10 weeks, or cancelled with a reason", () => {
    for (const r of requests) {
      const m = r.mentorship;
      if (!m) continue;
      expect(m.createdAt).toBe(r.closedAt);
      expect(m.endedAt).toBeGreaterThan(m.createdAt);
      expect(m.endedAt).toBeLessThanOrEqual(NOW - SETTLED_AGO);
      expect([r.learnerId, r.mentorId]).toContain(m.endedBy);
      if (m.status === "completed") {
        expect(m.endReason).toBeNull();
        expect(m.endedAt - m.createdAt).toBeGreaterThanOrEqual(MENTORSHIP_WEEKS.min * WEEK);
        expect(m.endedAt - m.createdAt).toBeLessThanOrEqual(MENTORSHIP_WEEKS.max * WEEK);
      } else {
        expect(m.status).toBe("cancelled");
        expect(m.endReason).toEqual(expect.any(String));
      }
      expect(m.goals.map((g) => g.text)).toEqual(r.goals);
      for (const g of m.goals) {
        expect(g.doneAt === null).toBe(g.doneBy === null);
        if (g.doneAt !== null) {
          expect(g.doneAt).toBeGreaterThanOrEqual(m.createdAt);
          expect(g.doneAt).toBeLessThanOrEqual(m.endedAt);
          expect([r.learnerId, r.mentorId]).toContain(g.doneBy);
        }
      }
    }
  });

  it("never has a mentor over capacity, nor twice with one learner, at any moment", () => {
    const capacity = new Map(OPTIONS.mentors.map((m) => [m.id, m.capacity ?? 0]));
    const spans = requests.flatMap((r) => (r.mentorship ? [{ ...r, from: r.mentorship.createdAt, to: r.mentorship.endedAt }] : []));
    for (const s of spans) {
      const during = spans.filter((o) => o !== s && o.mentorId === s.mentorId && o.from <= s.from && s.from < o.to);
      expect(during.length).toBeLessThan(capacity.get(s.mentorId)!);
      expect(during.some((o) => o.learnerId === s.learnerId)).toBe(false);
    }
    // Popular mentors run out of room: some acceptances became declines.
    expect(requests.some((r) => r.declineReason === "no_capacity")).toBe(true);
  });

  it("counts the places mentorships already in the database hold", () => {
    const mentor = OPTIONS.mentors[0]!;
    // An active mentorship (no end) fills a one-place mentor from before the span.
    const busy: BusySpan[] = [{ mentorId: mentor.id, learnerId: 1, from: NOW - 30 * WEEK, to: Infinity }];
    const mentors = OPTIONS.mentors.map((m) => (m === mentor ? { ...m, capacity: 1 } : m));
    const out = generateRequests({ ...OPTIONS, mentors, busy });
    const asked = out.filter((r) => r.mentorId === mentor.id);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((r) => r.mentorship)).toBe(false);
  });

  it("draws new requests for a top-up numbered after the existing ones", () => {
    const more = generateRequests({ ...OPTIONS, requests: 50, firstRequest: 1_500 });
    expect(more).toHaveLength(50);
    expect(more.map((r) => r.createdAt)).not.toEqual(requests.slice(0, 50).map((r) => r.createdAt));
  });

  it("makes do with newcomers: nothing expired when nobody could have waited 14 days, nothing at all when nobody joined a day ago", () => {
    const { mentors, learners } = people(5, 10);
    const recent = generateRequests({ requests: 40, now: NOW, mentors: mentors.map((m) => ({ ...m, createdAt: NOW - 5 * DAY })), learners: learners.map((l) => ({ ...l, createdAt: NOW - 5 * DAY })) });
    expect(recent).toHaveLength(40);
    expect(recent.some((r) => r.status === "expired")).toBe(false);
    for (const r of recent) expect(r.closedAt).toBeLessThanOrEqual(NOW - SETTLED_AGO);
    expect(generateRequests({ requests: 40, now: NOW, mentors: mentors.map((m) => ({ ...m, createdAt: NOW - HOUR })), learners })).toEqual([]);
    expect(generateRequests({ requests: 40, now: NOW, mentors: [], learners })).toEqual([]);
  });
});

describe("generateFlags", () => {
  const { mentors, learners } = people(20, 40);
  const flaggers = [...mentors, ...learners];
  const authors = [1, 2, ...flaggers.map((f) => f.id)];
  // A year of posts, one every 9 hours, the newest an hour old.
  const posts = Array.from({ length: 1_000 }, (_, i) => ({ id: 100 + i, authorId: authors[(i * 7) % authors.length]!, createdAt: NOW - HOUR - (999 - i) * 9 * HOUR }));
  const byId = new Map(posts.map((p) => [p.id, p]));
  const flaggerJoined = new Map(flaggers.map((f) => [f.id, f.createdAt]));
  const taken = new Set(posts.slice(0, 600).map((p) => `${p.id}:${flaggers[0]!.id}`));
  const options = { flags: 60, seed: 42, now: NOW, posts, flaggers, taken };
  const flags = generateFlags(options);

  it("gives the same flags for the same options", () => {
    expect(generateFlags(options)).toEqual(flags);
    expect(generateFlags({ ...options, seed: 7 })).not.toEqual(flags);
  });

  it("flags someone else's post once per flagger, after it was written and the flagger joined, outside the last day", () => {
    expect(flags).toHaveLength(60);
    const pairs = flags.map((f) => `${f.postId}:${f.flaggerId}`);
    expect(new Set(pairs).size).toBe(60);
    for (const f of flags) {
      const post = byId.get(f.postId)!;
      expect(f.flaggerId).not.toBe(post.authorId);
      expect(taken.has(`${f.postId}:${f.flaggerId}`)).toBe(false);
      expect(f.createdAt).toBeGreaterThan(post.createdAt);
      expect(f.createdAt - post.createdAt).toBeLessThanOrEqual(7 * DAY);
      expect(f.createdAt).toBeLessThanOrEqual(NOW - NEWEST_FLAG_AGO);
      expect(f.createdAt).toBeGreaterThanOrEqual(flaggerJoined.get(f.flaggerId)! + HOUR);
      expect(FLAG_REASONS).toContain(f.reason);
      if (f.reason === "other") expect(f.note).not.toBeNull();
    }
  });

  it("resolves every flag, hours to days later, before now", () => {
    for (const f of flags) {
      expect(f.resolvedAt).toBeGreaterThan(f.createdAt);
      expect(f.resolvedAt - f.createdAt).toBeLessThanOrEqual(4 * DAY);
      expect(f.resolvedAt).toBeLessThanOrEqual(NOW - SETTLED_AGO);
    }
  });

  it("finds nothing to flag without posts old enough, or without flaggers", () => {
    expect(generateFlags({ ...options, posts: posts.filter((p) => p.createdAt > NOW - DAY) })).toEqual([]);
    expect(generateFlags({ ...options, flaggers: [] })).toEqual([]);
  });

  it("aims at about 0.3% of the posts, at least a dozen on a small forum", () => {
    expect(flagTarget(100_000)).toBe(300);
    expect(flagTarget(10_000)).toBe(30);
    expect(flagTarget(150)).toBe(12);
    expect(flagTarget(50)).toBe(5);
    expect(flagTarget(0)).toBe(0);
  });
});
