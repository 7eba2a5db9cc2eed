import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mentorshipGoals, mentorshipRequests, mentorships, profiles, users } from "@/db/schema";
import { addMember, addMentor } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { EXPIRIES_BEFORE_PAUSE, expireStaleRequests } from "./expiry";
import { medianReplyMs, replyTimeText } from "./reply-time";
import { REQUEST_LIFETIME_MS } from "./request-machine";
import { acceptRequest, answerQuestion, askQuestion, declineRequest, getRequestFor, sendRequest, withdrawRequest } from "./requests";

const input = { message: "I would like help preparing my first conference talk.", goals: ["Give a talk at a meetup", "Write a proposal"] };
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-11-01T10:00:00Z");
const at = (days: number) => new Date(t0.getTime() + days * DAY);

function setup() {
  const { db, file } = createTestDatabase();
  return { db, file, mentor: addMentor(db, "mia"), learner: addMember(db, "lou"), stranger: addMember(db, "sam") };
}

function send(db: ReturnType<typeof setup>["db"], learner: { id: number }, handle: string, now = t0) {
  const r = sendRequest(db, { actor: learner, mentorHandle: handle, input, now });
  if (!r.ok) throw new Error(r.message);
  return r.requestId;
}

const snapshot = (db: ReturnType<typeof setup>["db"]) => ({
  requests: db.select().from(mentorshipRequests).all(),
  mentorships: db.select().from(mentorships).all(),
  profiles: db.select().from(profiles).all(),
});

describe("sending a request", () => {
  it("creates a pending request that expires in 14 days", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    const row = db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, id)).get()!;
    expect(row).toMatchObject({ status: "pending", learnerId: learner.id, mentorId: mentor.id, goals: input.goals });
    expect(row.expiresAt.getTime() - t0.getTime()).toBe(REQUEST_LIFETIME_MS);
  });

  it("refuses a request to oneself, to an unknown or unpublished mentor, to a mentor not accepting or full, and changes nothing", () => {
    const { db, mentor, learner } = setup();
    const closed = addMentor(db, "cal", { acceptingMentees: false });
    const full = addMentor(db, "fay", { capacity: 1 });
    const hidden = addMentor(db, "hal", { mentorPublished: false });
    const other = addMember(db, "oz");
    const fullRequest = send(db, other, full.handle);
    acceptRequest(db, { actor: full, requestId: fullRequest, now: t0 });
    const before = snapshot(db);
    expect(sendRequest(db, { actor: mentor, mentorHandle: mentor.handle, input, now: t0 })).toMatchObject({ ok: false, status: 400, message: "You cannot send a mentorship request to yourself." });
    expect(sendRequest(db, { actor: learner, mentorHandle: "nobody", input, now: t0 })).toMatchObject({ ok: false, status: 404 });
    expect(sendRequest(db, { actor: learner, mentorHandle: hidden.handle, input, now: t0 })).toMatchObject({ ok: false, status: 404 });
    expect(sendRequest(db, { actor: learner, mentorHandle: closed.handle, input, now: t0 })).toMatchObject({ ok: false, message: "Cal is not taking new mentees right now." });
    expect(sendRequest(db, { actor: learner, mentorHandle: full.handle, input, now: t0 })).toMatchObject({ ok: false, message: "Fay has no free places right now." });
    expect(snapshot(db)).toEqual(before);
  });

  it("allows one open request per learner and mentor, and at most five open requests", () => {
    const { db, mentor, learner } = setup();
    send(db, learner, mentor.handle);
    expect(sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input, now: t0 })).toMatchObject({ ok: false, message: "You already have an open request with Mia." });
    for (const h of ["ada", "bo", "cy", "di"]) send(db, learner, addMentor(db, h).handle);
    const sixth = addMentor(db, "eve");
    expect(sendRequest(db, { actor: learner, mentorHandle: sixth.handle, input, now: t0 })).toMatchObject({ ok: false, message: expect.stringContaining("5 open requests") });
    expect(db.select().from(mentorshipRequests).all()).toHaveLength(5);
  });

  it("backs the one-open-request rule with a unique index", () => {
    const { db, mentor, learner } = setup();
    send(db, learner, mentor.handle);
    expect(() => db.insert(mentorshipRequests).values({ learnerId: learner.id, mentorId: mentor.id, message: "x", createdAt: t0, expiresAt: at(14) }).run()).toThrow(/UNIQUE/);
  });

  it("refuses a suspended learner with the reason and date", () => {
    const { db, mentor, learner } = setup();
    db.update(users).set({ suspendedUntil: at(3), suspensionReason: "Spam" }).where(eq(users.id, learner.id)).run();
    expect(sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input, now: t0 })).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("suspended until 4 Nov 2026: Spam") });
    expect(sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input, now: at(4) })).toMatchObject({ ok: true });
  });
});

describe("answering a request", () => {
  it("asks, answers and accepts: the mentorship starts with the request's goals", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(askQuestion(db, { actor: mentor, requestId: id, question: "Which conference?", now: at(1) })).toEqual({ ok: true });
    expect(askQuestion(db, { actor: mentor, requestId: id, question: "And when?", now: at(1) })).toMatchObject({ ok: false });
    expect(answerQuestion(db, { actor: learner, requestId: id, answer: "A local meetup in March.", now: at(10) })).toEqual({ ok: true });
    const row = db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, id)).get()!;
    expect(row).toMatchObject({ status: "pending", question: "Which conference?", answer: "A local meetup in March.", firstResponseAt: at(1) });
    expect(row.expiresAt).toEqual(new Date(at(10).getTime() + REQUEST_LIFETIME_MS));
    const accepted = acceptRequest(db, { actor: mentor, requestId: id, now: at(11) });
    if (!accepted.ok) throw new Error(accepted.message);
    expect(db.select().from(mentorships).get()).toMatchObject({ id: accepted.mentorshipId, learnerId: learner.id, mentorId: mentor.id, status: "active" });
    expect(db.select({ text: mentorshipGoals.text }).from(mentorshipGoals).all().map((g) => g.text)).toEqual(input.goals);
    expect(getRequestFor(db, { actor: learner, requestId: id, now: at(11) })).toMatchObject({ side: "learner", mentorshipId: accepted.mentorshipId });
  });

  it("declines with a reason and a note; the learner can then ask again", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(declineRequest(db, { actor: mentor, requestId: id, reason: "schedule", note: "Try again in spring", now: at(2) })).toEqual({ ok: true });
    expect(db.select().from(mentorshipRequests).get()).toMatchObject({ status: "declined", declineReason: "schedule", declineNote: "Try again in spring" });
    expect(sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input, now: at(3) })).toMatchObject({ ok: true });
  });

  it("lets the learner withdraw, and nobody act on a closed request", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(withdrawRequest(db, { actor: learner, requestId: id, now: at(1) })).toEqual({ ok: true });
    expect(acceptRequest(db, { actor: mentor, requestId: id, now: at(1) })).toMatchObject({ ok: false, message: "This request was withdrawn." });
    expect(db.select().from(mentorships).all()).toEqual([]);
  });

  it("gives a stranger a not-found for every action, and the learner cannot act as the mentor", () => {
    const { db, mentor, learner, stranger } = setup();
    const id = send(db, learner, mentor.handle);
    const before = snapshot(db);
    for (const attempt of [
      acceptRequest(db, { actor: stranger, requestId: id, now: t0 }),
      declineRequest(db, { actor: stranger, requestId: id, reason: "other", note: "", now: t0 }),
      withdrawRequest(db, { actor: stranger, requestId: id, now: t0 }),
      askQuestion(db, { actor: stranger, requestId: id, question: "Who are you?", now: t0 }),
      acceptRequest(db, { actor: mentor, requestId: 9999, now: t0 }),
    ])
      expect(attempt).toEqual({ ok: false, status: 404, message: "This request was not found." });
    expect(getRequestFor(db, { actor: stranger, requestId: id, now: t0 })).toBeNull();
    expect(acceptRequest(db, { actor: learner, requestId: id, now: t0 })).toMatchObject({ ok: false, status: 403 });
    expect(withdrawRequest(db, { actor: mentor, requestId: id, now: t0 })).toMatchObject({ ok: false });
    expect(snapshot(db)).toEqual(before);
  });

  it("refuses to accept beyond capacity, with a clear message", () => {
    const { db, mentor } = setup();
    const ids = ["ann", "ben", "cat"].map((h) => send(db, addMember(db, h), mentor.handle));
    expect(acceptRequest(db, { actor: mentor, requestId: ids[0]!, now: t0 })).toMatchObject({ ok: true });
    expect(acceptRequest(db, { actor: mentor, requestId: ids[1]!, now: t0 })).toMatchObject({ ok: true });
    expect(acceptRequest(db, { actor: mentor, requestId: ids[2]!, now: t0 })).toMatchObject({ ok: false, message: expect.stringContaining("no free places left") });
    expect(db.select().from(mentorships).all()).toHaveLength(2);
    expect(db.select().from(mentorshipRequests).where(eq(mentorshipRequests.id, ids[2]!)).get()?.status).toBe("pending");
  });
});

describe("expiry", () => {
  it("expires unanswered requests after 14 days, on the next read", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(expireStaleRequests(db, { now: at(13.9) }).expired).toBe(0);
    expect(getRequestFor(db, { actor: learner, requestId: id, now: at(14) })?.request).toMatchObject({ status: "expired", expiredOnMentor: true, closedAt: at(14) });
    expect(acceptRequest(db, { actor: mentor, requestId: id, now: at(14) })).toMatchObject({ ok: false, message: "This request expired." });
  });

  it("does not hold a request that waits for the learner's answer against the mentor", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    askQuestion(db, { actor: mentor, requestId: id, question: "Which conference?", now: at(1) });
    expireStaleRequests(db, { now: at(15) });
    expect(db.select().from(mentorshipRequests).get()).toMatchObject({ status: "expired", expiredOnMentor: false });
    expect(db.select({ streak: profiles.expiryStreak }).from(profiles).where(eq(profiles.userId, mentor.id)).get()?.streak).toBe(0);
  });

  it(`pauses a mentor who lets ${EXPIRIES_BEFORE_PAUSE} requests in a row expire, and tells them why`, () => {
    const { db, mentor } = setup();
    const learners = ["ann", "ben", "cat", "dan"].map((h) => addMember(db, h));
    send(db, learners[0]!, mentor.handle, at(0));
    send(db, learners[1]!, mentor.handle, at(1));
    expireStaleRequests(db, { now: at(15) });
    expect(db.select().from(profiles).where(eq(profiles.userId, mentor.id)).get()).toMatchObject({ acceptingMentees: true, expiryStreak: 2 });
    send(db, learners[2]!, mentor.handle, at(16));
    const paused = expireStaleRequests(db, { now: at(30) });
    expect(paused.paused).toEqual([mentor.id]);
    const profile = db.select().from(profiles).where(eq(profiles.userId, mentor.id)).get()!;
    expect(profile.acceptingMentees).toBe(false);
    expect(profile.pausedReason).toContain("3 requests in a row expired without an answer");
    expect(sendRequest(db, { actor: learners[3]!, mentorHandle: mentor.handle, input, now: at(31) })).toMatchObject({ ok: false, message: "Mia is not taking new mentees right now." });
  });

  it("resets the run when the mentor answers one in between", () => {
    const { db, mentor } = setup();
    const [a, b, c, d] = ["ann", "ben", "cat", "dan"].map((h) => addMember(db, h));
    send(db, a!, mentor.handle, at(0));
    send(db, b!, mentor.handle, at(0));
    expireStaleRequests(db, { now: at(14) });
    const answered = send(db, c!, mentor.handle, at(15));
    declineRequest(db, { actor: mentor, requestId: answered, reason: "schedule", note: "", now: at(16) });
    send(db, d!, mentor.handle, at(17));
    expireStaleRequests(db, { now: at(31) });
    expect(db.select().from(profiles).where(eq(profiles.userId, mentor.id)).get()).toMatchObject({ acceptingMentees: true, expiryStreak: 1 });
  });
});

describe("reply time", () => {
  it("is the median of real first answers, and says nothing with fewer than three", () => {
    const { db, mentor } = setup();
    const waits = [0.5, 2.5, 1.2];
    waits.forEach((days, i) => {
      const id = send(db, addMember(db, `l${i}`), mentor.handle);
      declineRequest(db, { actor: mentor, requestId: id, reason: "schedule", note: "", now: at(days) });
      if (i === 1) expect(medianReplyMs(db, { mentorId: mentor.id })).toBeNull();
    });
    expect(medianReplyMs(db, { mentorId: mentor.id })).toBe(1.2 * DAY);
    expect(replyTimeText(1.2 * DAY)).toBe("Usually replies within 2 days");
    expect(replyTimeText(0.3 * DAY)).toBe("Usually replies within a day");
    expect(replyTimeText(null)).toBeNull();
  });
});
