import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { emails } from "@/db/schema";
import { expireStaleRequests } from "@/lib/mentorships/expiry";
import { sendMessage } from "@/lib/mentorships/messages";
import { acceptRequest, answerQuestion, askQuestion, declineRequest, sendRequest, withdrawRequest } from "@/lib/mentorships/requests";
import { makeMentorship } from "@/lib/mentorships/space-test-fixtures";
import { addMember, addMentor } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { everything, setChannel, told } from "@/lib/testing/notifications";

// Who is told of each mentorship event, and nobody else; the email a setting
// of "email" queues. The forum and moderation have files of their own beside this one.

vi.stubEnv("SITE_URL", "https://tandem.example");
vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-at-least-32-characters");

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date("2026-11-01T10:00:00Z");
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const input = { message: "I would like help preparing my first conference talk.", goals: ["Give a talk"] };



function setup() {
  const { db } = createTestDatabase();
  return { db, mentor: addMentor(db, "mia"), learner: addMember(db, "lou"), stranger: addMember(db, "sam") };
}

function send(db: Db, learner: { id: number }, handle: string, now = T0): number {
  const r = sendRequest(db, { actor: learner, mentorHandle: handle, input, now });
  if (!r.ok) throw new Error(r.message);
  return r.requestId;
}

/** The notifications written by `fn`, and nothing else. */
function during(db: Db, fn: () => unknown) {
  const before = told(db).length;
  fn();
  return told(db).slice(before);
}

describe("mentorship requests", () => {
  it("sending: only the mentor is told, with the learner's name and the request's page", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(told(db)).toEqual([{ userId: mentor.id, kind: "request", actorId: learner.id, text: "Lou sent you a mentorship request.", href: `/requests/${id}` }]);
  });

  it("a question goes to the learner, the answer to the mentor", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    expect(during(db, () => askQuestion(db, { actor: mentor, requestId: id, question: "Which conference?", now: at(1) }))).toEqual([
      { userId: learner.id, kind: "request", actorId: mentor.id, text: "Mia asked you a question about your mentorship request.", href: `/requests/${id}` },
    ]);
    expect(during(db, () => answerQuestion(db, { actor: learner, requestId: id, answer: "A local meetup.", now: at(2) }))).toEqual([
      { userId: mentor.id, kind: "request", actorId: learner.id, text: "Lou answered your question about their mentorship request.", href: `/requests/${id}` },
    ]);
  });

  it("accepting tells the learner and leads to the new mentorship", () => {
    const { db, mentor, learner } = setup();
    const id = send(db, learner, mentor.handle);
    let mentorshipId = 0;
    const written = during(db, () => {
      const r = acceptRequest(db, { actor: mentor, requestId: id, now: at(1) });
      if (r.ok) mentorshipId = r.mentorshipId;
    });
    expect(written).toEqual([{ userId: learner.id, kind: "request", actorId: mentor.id, text: "Mia accepted your mentorship request.", href: `/mentorships/${mentorshipId}` }]);
  });

  it("declining tells the learner; withdrawing tells the mentor", () => {
    const { db, mentor, learner } = setup();
    const declined = send(db, learner, mentor.handle);
    expect(during(db, () => declineRequest(db, { actor: mentor, requestId: declined, reason: "schedule", note: "", now: at(1) }))).toEqual([
      { userId: learner.id, kind: "request", actorId: mentor.id, text: "Mia declined your mentorship request.", href: `/requests/${declined}` },
    ]);
    const withdrawn = send(db, learner, mentor.handle, at(2));
    expect(during(db, () => withdrawRequest(db, { actor: learner, requestId: withdrawn, now: at(3) }))).toEqual([
      { userId: mentor.id, kind: "request", actorId: learner.id, text: "Lou withdrew their mentorship request.", href: `/requests/${withdrawn}` },
    ]);
  });

  it("expiry tells the learner, by nobody, and says when it waited for the learner's own answer", () => {
    const { db, mentor, learner } = setup();
    const other = addMentor(db, "max");
    const unanswered = send(db, learner, mentor.handle);
    const asked = send(db, learner, other.handle);
    askQuestion(db, { actor: other, requestId: asked, question: "Which conference?", now: at(1) });
    const written = during(db, () => expireStaleRequests(db, { now: at(15) }));
    expect(written).toEqual([
      { userId: learner.id, kind: "request", actorId: null, text: "Your request to Mia expired without an answer.", href: `/requests/${unanswered}` },
      { userId: learner.id, kind: "request", actorId: null, text: "Your request to Max expired while it waited for your answer to their question.", href: `/requests/${asked}` },
    ]);
  });

  it("a mentor paused after three expiries in a row is told, with a link to their profile form", () => {
    const { db, mentor } = setup();
    const learners = ["ann", "ben", "cat"].map((h) => addMember(db, h));
    learners.forEach((l, i) => send(db, l, mentor.handle, at(i)));
    const written = during(db, () => expireStaleRequests(db, { now: at(20) }));
    expect(written.filter((n) => n.userId === mentor.id)).toEqual([
      {
        userId: mentor.id,
        kind: "request",
        actorId: null,
        text: "3 requests in a row expired without an answer, so new requests to you are paused until you tick “Accepting new mentees” again.",
        href: "/account/profile",
      },
    ]);
    expect(written.filter((n) => n.userId !== mentor.id).map((n) => n.userId)).toEqual(learners.map((l) => l.id));
  });

  it("refusals tell nobody and queue no email", () => {
    const { db, mentor, learner, stranger } = setup();
    const id = send(db, learner, mentor.handle);
    const before = everything(db);
    expect(sendRequest(db, { actor: mentor, mentorHandle: mentor.handle, input, now: T0 })).toMatchObject({ ok: false });
    expect(sendRequest(db, { actor: learner, mentorHandle: mentor.handle, input, now: T0 })).toMatchObject({ ok: false });
    expect(acceptRequest(db, { actor: learner, requestId: id, now: T0 })).toMatchObject({ ok: false, status: 403 });
    expect(acceptRequest(db, { actor: stranger, requestId: id, now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(answerQuestion(db, { actor: learner, requestId: id, answer: "Nothing was asked.", now: T0 })).toMatchObject({ ok: false });
    expect(withdrawRequest(db, { actor: mentor, requestId: id, now: T0 })).toMatchObject({ ok: false });
    expect(everything(db)).toEqual(before);
  });
});

describe("mentorship messages", () => {
  function pair() {
    const { db, mentor, learner, stranger } = setup();
    return { db, mentor, learner, stranger, id: makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id }) };
  }

  it("a message tells the other member only, and leads to the conversation", () => {
    const { db, mentor, learner, id } = pair();
    sendMessage(db, { mentorshipId: id, userId: learner.id, body: "Hello!", now: T0 });
    sendMessage(db, { mentorshipId: id, userId: mentor.id, body: "Hi Lou", now: T0 });
    expect(told(db)).toEqual([
      { userId: mentor.id, kind: "message", actorId: learner.id, text: "Lou sent you a message in your mentorship.", href: `/mentorships/${id}#messages` },
      { userId: learner.id, kind: "message", actorId: mentor.id, text: "Mia sent you a message in your mentorship.", href: `/mentorships/${id}#messages` },
    ]);
  });

  it("a refused message (a stranger, an empty body, an ended mentorship) tells nobody", () => {
    const { db, mentor, learner, stranger } = setup();
    const active = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id });
    const ended = makeMentorship(db, { learnerId: stranger.id, mentorId: mentor.id, status: "completed", endedAt: T0 });
    expect(sendMessage(db, { mentorshipId: active, userId: stranger.id, body: "Hello", now: T0 })).toMatchObject({ ok: false, status: 404 });
    expect(sendMessage(db, { mentorshipId: active, userId: learner.id, body: "   ", now: T0 })).toMatchObject({ ok: false, status: 400 });
    expect(sendMessage(db, { mentorshipId: ended, userId: stranger.id, body: "Hello", now: T0 })).toMatchObject({ ok: false, status: 409 });
    expect(everything(db)).toEqual({ notifications: [], emails: [] });
  });
});

describe("settings", () => {
  it('"off" writes nothing; "app" writes the notification only', () => {
    const { db, mentor, learner } = setup();
    setChannel(db, mentor.id, "request", "off");
    send(db, learner, mentor.handle);
    expect(everything(db)).toEqual({ notifications: [], emails: [] });
    setChannel(db, learner.id, "message", "app");
    const id = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id });
    sendMessage(db, { mentorshipId: id, userId: mentor.id, body: "Hello", now: T0 });
    expect(told(db).map((n) => n.userId)).toEqual([learner.id]);
    expect(db.select().from(emails).all()).toEqual([]);
  });

  it('"email" queues a plain-text email to the member\'s address with the link and a way to stop them', () => {
    const { db, mentor, learner } = setup();
    // Requests default to email.
    const id = send(db, learner, mentor.handle);
    const [mail, ...more] = db.select().from(emails).all();
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ userId: mentor.id, to: "mia@example.org", kind: "request", subject: "Lou sent you a mentorship request.", status: "pending" });
    expect(mail!.text).toContain("Lou sent you a mentorship request.");
    expect(mail!.text).toContain(`https://tandem.example/requests/${id}`);
    expect(mail!.text).toMatch(/https:\/\/tandem\.example\/unsubscribe\/\S+/);
    expect(mail!.unsubscribeUrl).toMatch(/^https:\/\/tandem\.example\/api\/unsubscribe\//);
  });

  it("a message email goes to the recipient only when they chose email", () => {
    const { db, mentor, learner } = setup();
    setChannel(db, mentor.id, "message", "email");
    const id = makeMentorship(db, { learnerId: learner.id, mentorId: mentor.id });
    sendMessage(db, { mentorshipId: id, userId: learner.id, body: "Hello", now: T0 });
    sendMessage(db, { mentorshipId: id, userId: mentor.id, body: "Hi", now: T0 });
    const sent = db.select().from(emails).all();
    expect(sent.map((m) => m.to)).toEqual(["mia@example.org"]);
    expect(sent[0]!.text).toContain(`https://tandem.example/mentorships/${id}#messages`);
  });
});
