import { describe, expect, it } from "vitest";
import { addMember } from "@/lib/testing/members";
import { flagPost } from "./flags";
import { hidePost, approvePost } from "./post-actions";
import { listQueue, resolveReport, type QueueEntry } from "./queue";
import { addAppeal, addFlag, addPost, addReport, addThread, at, DAY, HOUR, logRows, MINUTE, snapshot, world } from "./test-fixtures";
import { resolveAppeal } from "./appeals";

const keyOf = (e: QueueEntry) => (e.kind === "post" ? `post:${e.post.id}` : `${e.kind}:${e.id}`);

describe("the review queue", () => {
  it("lists flagged and hidden posts, mentorship reports and appeals together, oldest first", () => {
    const { db, learner, mentor, moderator, author, suspended, threadId } = world();
    const flagged = addPost(db, { threadId, authorId: author.id, body: "Buy my course at example.com" });
    const autoHidden = addPost(db, { threadId, authorId: author.id, body: "You are all idiots" });
    const quiet = addPost(db, { threadId, authorId: author.id, body: "A helpful answer." });
    addFlag(db, { postId: flagged, flaggerId: learner.id, reason: "spam", createdAt: at(3 * HOUR) });
    addFlag(db, { postId: flagged, flaggerId: mentor.id, reason: "other", note: "Advertising", createdAt: at(5 * HOUR) });
    for (const [i, m] of [learner, mentor, moderator].entries()) flagPost(db, { actor: m, postId: autoHidden, reason: "harassment", now: at((6 + i) * HOUR) });
    const mentee = addMember(db, "lou");
    const mentorB = addMember(db, "max", { role: "mentor" });
    const { mentorshipId, reportId } = addReport(db, { learnerId: mentee.id, mentorId: mentorB.id, reporterId: mentee.id, createdAt: at(4 * HOUR), reason: "He keeps cancelling and then asks for money." });
    const appealId = addAppeal(db, { userId: suspended.id, suspendedUntil: at(7 * DAY), createdAt: at(HOUR) });

    const queue = listQueue(db, { actor: moderator, now: at(10 * HOUR) });
    if (!queue.ok) throw new Error(queue.message);
    expect(queue.items.map(keyOf)).toEqual([`appeal:${appealId}`, `post:${flagged}`, `report:${reportId}`, `post:${autoHidden}`]);
    expect(queue.items.map((e) => e.since)).toEqual([at(HOUR), at(3 * HOUR), at(4 * HOUR), at(6 * HOUR)]);
    expect(queue).toMatchObject({ total: 4, counts: { post: 2, report: 1, appeal: 1 }, page: 1, pageCount: 1 });
    expect(queue.items.some((e) => e.kind === "post" && e.post.id === quiet)).toBe(false);

    const [appeal, post, report, hidden] = queue.items;
    expect(appeal).toMatchObject({ kind: "appeal", id: appealId, member: { handle: "sid" }, suspendedUntil: at(7 * DAY), current: { until: at(7 * DAY), reason: "Repeated personal attacks" }, body: expect.any(String) });
    expect(post).toEqual({
      kind: "post",
      since: at(3 * HOUR),
      post: { id: flagged, body: "Buy my course at example.com", createdAt: expect.any(Date), hiddenAt: null, hiddenReason: null },
      thread: { id: threadId, title: "How do I find my first mentor?", hidden: false, locked: false },
      author: { id: author.id, handle: "ava", displayName: "Ava" },
      flags: [
        { reason: "spam", note: null, createdAt: at(3 * HOUR), flagger: { id: learner.id, handle: "lena", displayName: "Lena" } },
        { reason: "other", note: "Advertising", createdAt: at(5 * HOUR), flagger: { id: mentor.id, handle: "marco", displayName: "Marco" } },
      ],
      reasonCounts: { spam: 1, other: 1 },
    });
    // The report's text and who it is about: never the mentorship's messages.
    expect(report).toEqual({ kind: "report", since: at(4 * HOUR), id: reportId, mentorshipId, reason: "He keeps cancelling and then asks for money.", reporter: { id: mentee.id, handle: "lou", displayName: "Lou" }, otherMember: { id: mentorB.id, handle: "max", displayName: "Max" } });
    expect(hidden).toMatchObject({ kind: "post", post: { id: autoHidden, hiddenReason: "Hidden after 3 flags, pending review" }, reasonCounts: { harassment: 3 } });
  });

  it("drops what was decided: reviewed posts, resolved reports and answered appeals", () => {
    const { db, learner, moderator, author, suspended, threadId } = world();
    const a = addPost(db, { threadId, authorId: author.id });
    const b = addPost(db, { threadId, authorId: author.id });
    addFlag(db, { postId: a, flaggerId: learner.id, createdAt: at(HOUR) });
    addFlag(db, { postId: b, flaggerId: learner.id, createdAt: at(HOUR) });
    const mentee = addMember(db, "lou");
    const { reportId } = addReport(db, { learnerId: mentee.id, mentorId: (addMember(db, "max", { role: "mentor" })).id, reporterId: mentee.id, createdAt: at(2 * HOUR) });
    const appealId = addAppeal(db, { userId: suspended.id, suspendedUntil: at(7 * DAY), createdAt: at(2 * HOUR) });
    const now = at(3 * HOUR);
    expect(approvePost(db, { actor: moderator, postId: a, now })).toMatchObject({ ok: true });
    // Hidden by a moderator: decided, so out of the queue although hidden.
    expect(hidePost(db, { actor: moderator, postId: b, reason: "Spam", now })).toMatchObject({ ok: true });
    expect(resolveReport(db, { actor: moderator, reportId, reason: "Talked to both", now })).toEqual({ ok: true, message: "Report resolved." });
    expect(resolveAppeal(db, { actor: moderator, appealId, decision: "uphold", now })).toMatchObject({ ok: true });
    expect(listQueue(db, { actor: moderator, now })).toMatchObject({ ok: true, items: [], total: 0 });
    expect(logRows(db).map((r) => r.action)).toEqual(["post.approve", "post.hide", "report.resolve", "appeal.uphold"]);
    // A new flag after the review brings the post back.
    addFlag(db, { postId: b, flaggerId: (addMember(db, "nia")).id, createdAt: at(4 * HOUR) });
    expect(listQueue(db, { actor: moderator, now })).toMatchObject({ ok: true, total: 1, items: [{ kind: "post", post: { id: b } }] });
  });

  it("keeps posts hidden some other way (not by a moderator's decision) until reviewed", () => {
    const { db, moderator, author, threadId } = world();
    const held = addPost(db, { threadId, authorId: author.id });
    db.$client.prepare("UPDATE forum_posts SET hidden_at = ?, hidden_reason = 'Held for review' WHERE id = ?").run(Math.floor(at(HOUR).getTime() / 1000), held);
    expect(listQueue(db, { actor: moderator, now: at(2 * HOUR) })).toMatchObject({ ok: true, items: [{ kind: "post", since: at(HOUR), post: { id: held, hiddenReason: "Held for review" }, flags: [] }] });
  });

  it("leaves out deleted posts and posts of deleted threads", () => {
    const { db, learner, moderator, author, threadId } = world();
    const gone = addPost(db, { threadId, authorId: author.id });
    addFlag(db, { postId: gone, flaggerId: learner.id });
    db.$client.prepare("UPDATE forum_posts SET deleted_at = 1, deleted_by = ? WHERE id = ?").run(author.id, gone);
    const other = addThread(db, { authorId: author.id, title: "A thread that was deleted" });
    addFlag(db, { postId: other.openingPostId, flaggerId: learner.id });
    db.$client.prepare("UPDATE forum_threads SET deleted_at = 1 WHERE id = ?").run(other.threadId);
    expect(listQueue(db, { actor: moderator })).toMatchObject({ ok: true, total: 0 });
  });

  it("pages 20 at a time", () => {
    const { db, moderator, author, threadId } = world();
    const flaggers = Array.from({ length: 25 }, (_, i) => addMember(db, `flagger-${i}`));
    const posts = flaggers.map((f, i) => {
      const id = addPost(db, { threadId, authorId: author.id });
      addFlag(db, { postId: id, flaggerId: f.id, createdAt: at(i * MINUTE) });
      return id;
    });
    const first = listQueue(db, { actor: moderator, page: 1 });
    const second = listQueue(db, { actor: moderator, page: 2 });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first).toMatchObject({ total: 25, pageCount: 2 });
    expect([...first.items, ...second.items].map(keyOf)).toEqual(posts.map((id) => `post:${id}`));
    expect(second.items).toHaveLength(5);
  });

  it("is for staff only; resolving a report too", () => {
    const { db, learner, mentor, author, suspended, moderator } = world();
    for (const actor of [learner, mentor, author, suspended, null]) expect(listQueue(db, { actor })).toMatchObject({ ok: false, status: 403 });
    const mentee = addMember(db, "lou");
    const { reportId } = addReport(db, { learnerId: mentee.id, mentorId: mentor.id, reporterId: mentee.id });
    const before = snapshot(db);
    for (const actor of [learner, mentor, author, suspended, mentee, null]) expect(resolveReport(db, { actor, reportId })).toMatchObject({ ok: false, status: 403 });
    expect(resolveReport(db, { actor: moderator, reportId: 999 })).toMatchObject({ ok: false, status: 404 });
    expect(snapshot(db)).toEqual(before);
  });
});
