import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { addMember } from "@/lib/testing/members";
import { useTestDatabaseForApp } from "@/lib/testing/test-db";
import { getAppealView, resolveAppeal, sendAppeal } from "./appeals";
import { listLog } from "./audit";
import { flagPost } from "./flags";
import { approvePost, hidePost, removePost, restorePost } from "./post-actions";
import { listQueue, resolveReport } from "./queue";
import { addAppeal, addFlag, addReport, at, DAY, HOUR, snapshot, suspend, world, type World } from "./test-fixtures";
import { clearSlowMode, hideThread, lockThread, moveThread, pinThread, renameThread, setSlowMode, unhideThread, unlockThread, unpinThread } from "./thread-actions";
import { addStaffNote, getMemberForStaff, liftSuspension, listStaffNotes, suspendMember } from "./users";
import { markAnswer } from "@/lib/forum/answer";
import { setLike } from "@/lib/forum/likes";
import { deletePost, editPost, replyToThread } from "@/lib/forum/posts";
import { createThread } from "@/lib/forum/threads";

// The forum issue's authorization table: every forum and moderation action,
// run for real against SQLite by each kind of actor, allowed or refused as it
// should be. A refusal must change nothing. "anonymous" reaches the data layer
// as no actor (the pages and actions redirect first: see the guard tests below);
// "suspended" is a learner suspended until next week; "author" wrote the thread
// and the post the action is about.

const ROLES = ["anonymous", "learner", "mentor", "moderator", "admin", "suspended", "author"] as const;
type Who = (typeof ROLES)[number];
const Y = true;
const N = false;

const now = at(HOUR);
type Ctx = World & { targetId: number; appealId: number; reportId: number; replyId: number };
// Forum actions refuse with the status that fits (403 not allowed, 404 not
// yours to see, 409 e.g. liking one's own post); moderation ones with 403.
type Row = { action: string; allowed: readonly boolean[]; forum?: true; prepare?: (w: World) => Partial<Ctx>; run: (c: Ctx, actor: { id: number } | null) => { ok: boolean } };

const posts = (w: World) => {
  // Two open flags by others, so every review has something to decide.
  const flaggerA = addMember(w.db, "fay");
  const flaggerB = addMember(w.db, "finn");
  addFlag(w.db, { postId: w.postId, flaggerId: flaggerA.id });
  addFlag(w.db, { postId: w.postId, flaggerId: flaggerB.id });
  return {};
};
const sql = (db: Db, statement: string, ...args: unknown[]) => db.$client.prepare(statement).run(...args);
const hiddenPost = (w: World) => (posts(w), sql(w.db, "UPDATE forum_posts SET hidden_at = 1 WHERE id = ?", w.postId), {});
const threadWith = (column: string, value: number) => (w: World) => (sql(w.db, `UPDATE forum_threads SET ${column} = ? WHERE id = ?`, value, w.threadId), {});
const target = (w: World) => ({ targetId: addMember(w.db, "tara").id });
const suspendedTarget = (w: World) => {
  const { targetId } = target(w);
  suspend(w.db, targetId, at(DAY));
  return { targetId };
};
const openAppeal = (w: World) => {
  const sue = addMember(w.db, "sue");
  suspend(w.db, sue.id, at(DAY));
  return { appealId: addAppeal(w.db, { userId: sue.id, suspendedUntil: at(DAY) }) };
};
const openReport = (w: World) => {
  const lou = addMember(w.db, "lou");
  const max = addMember(w.db, "max", { role: "mentor" });
  return { reportId: addReport(w.db, { learnerId: lou.id, mentorId: max.id, reporterId: lou.id }).reportId };
};

// A reply by someone else in the author's thread, for "mark as answer".
const reply = (w: World) => {
  const other = addMember(w.db, "rae");
  return { replyId: Number(sql(w.db, "INSERT INTO forum_posts (thread_id, author_id, body, created_at) VALUES (?, ?, 'A helpful reply', 1)", w.threadId, other.id).lastInsertRowid) };
};
const body = "Here is what worked for our study group.";

//                                      anon learner mentor mod admin susp author
const TABLE: Row[] = [
  { action: "start a thread",            allowed: [N, Y, Y, Y, Y, N, Y], forum: Y, run: (c, actor) => createThread(c.db, { actor, categoryId: 1, title: "How do you stay motivated?", body, now }) },
  { action: "reply to a thread",         allowed: [N, Y, Y, Y, Y, N, Y], forum: Y, run: (c, actor) => replyToThread(c.db, { actor, threadId: c.threadId, body, now }) },
  { action: "edit a post",               allowed: [N, N, N, N, N, N, Y], forum: Y, run: (c, actor) => editPost(c.db, { actor, postId: c.postId, body: "Edited: " + body, now }) },
  { action: "delete one's own post",     allowed: [N, N, N, N, N, N, Y], forum: Y, run: (c, actor) => deletePost(c.db, { actor, postId: c.postId, now }) },
  { action: "like a post",               allowed: [N, Y, Y, Y, Y, N, N], forum: Y, run: (c, actor) => setLike(c.db, { actor, postId: c.postId, liked: true, now }) },
  { action: "mark a reply as the answer", allowed: [N, N, N, N, N, N, Y], forum: Y, prepare: reply, run: (c, actor) => markAnswer(c.db, { actor, postId: c.replyId, now }) },
  { action: "flag a post",               allowed: [N, Y, Y, Y, Y, N, N], run: (c, actor) => flagPost(c.db, { actor, postId: c.postId, reason: "spam", now }) },
  { action: "approve a post",            allowed: [N, N, N, Y, Y, N, N], prepare: posts, run: (c, actor) => approvePost(c.db, { actor, postId: c.postId, now }) },
  { action: "hide a post",               allowed: [N, N, N, Y, Y, N, N], prepare: posts, run: (c, actor) => hidePost(c.db, { actor, postId: c.postId, reason: "Spam", now }) },
  { action: "remove a post",             allowed: [N, N, N, Y, Y, N, N], prepare: posts, run: (c, actor) => removePost(c.db, { actor, postId: c.postId, now }) },
  { action: "restore a post",            allowed: [N, N, N, Y, Y, N, N], prepare: hiddenPost, run: (c, actor) => restorePost(c.db, { actor, postId: c.postId, now }) },
  { action: "pin a thread",              allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => pinThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "unpin a thread",            allowed: [N, N, N, Y, Y, N, N], prepare: threadWith("pinned", 1), run: (c, actor) => unpinThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "lock a thread",             allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => lockThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "unlock a thread",           allowed: [N, N, N, Y, Y, N, N], prepare: threadWith("locked", 1), run: (c, actor) => unlockThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "set slow mode",             allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => setSlowMode(c.db, { actor, threadId: c.threadId, minutes: 15, now }) },
  { action: "turn off slow mode",        allowed: [N, N, N, Y, Y, N, N], prepare: threadWith("slow_mode_minutes", 15), run: (c, actor) => clearSlowMode(c.db, { actor, threadId: c.threadId, now }) },
  { action: "move a thread",             allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => moveThread(c.db, { actor, threadId: c.threadId, categoryId: 2, now }) },
  { action: "rename a thread",           allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => renameThread(c.db, { actor, threadId: c.threadId, title: "A better title for this", now }) },
  { action: "hide a thread",             allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => hideThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "unhide a thread",           allowed: [N, N, N, Y, Y, N, N], prepare: threadWith("hidden_at", 1), run: (c, actor) => unhideThread(c.db, { actor, threadId: c.threadId, now }) },
  { action: "read the review queue",     allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => listQueue(c.db, { actor, now }) },
  { action: "resolve a report",          allowed: [N, N, N, Y, Y, N, N], prepare: openReport, run: (c, actor) => resolveReport(c.db, { actor, reportId: c.reportId, now }) },
  { action: "read the audit log",        allowed: [N, N, N, Y, Y, N, N], run: (c, actor) => listLog(c.db, { actor }) },
  { action: "see a member's moderation", allowed: [N, N, N, Y, Y, N, N], prepare: target, run: (c, actor) => getMemberForStaff(c.db, { actor, handle: "tara", now }) },
  { action: "read staff notes",          allowed: [N, N, N, Y, Y, N, N], prepare: target, run: (c, actor) => listStaffNotes(c.db, { actor, userId: c.targetId }) },
  { action: "add a staff note",          allowed: [N, N, N, Y, Y, N, N], prepare: target, run: (c, actor) => addStaffNote(c.db, { actor, userId: c.targetId, body: "Watch this one.", now }) },
  { action: "suspend a member",          allowed: [N, N, N, Y, Y, N, N], prepare: target, run: (c, actor) => suspendMember(c.db, { actor, userId: c.targetId, hours: 24, reason: "Spamming links", now }) },
  { action: "lift a suspension",         allowed: [N, N, N, Y, Y, N, N], prepare: suspendedTarget, run: (c, actor) => liftSuspension(c.db, { actor, userId: c.targetId, now }) },
  { action: "answer an appeal",          allowed: [N, N, N, Y, Y, N, N], prepare: openAppeal, run: (c, actor) => resolveAppeal(c.db, { actor, appealId: c.appealId, decision: "lift", now }) },
  { action: "send an appeal",            allowed: [N, N, N, N, N, Y, N], run: (c, actor) => sendAppeal(c.db, { actor, body: "Please look at this again.", now }) },
  { action: "read one's appeal page",    allowed: [N, Y, Y, Y, Y, Y, Y], run: (c, actor) => getAppealView(c.db, { actor, now }) },
];

const actorFor = (w: World, who: Who) => (who === "anonymous" ? null : w[who]);

describe("moderation authorization table", () => {
  for (const row of TABLE) {
    describe(row.action, () => {
      ROLES.forEach((who, i) => {
        const allowed = row.allowed[i];
        it(`${who}: ${allowed ? "allowed" : "refused"}`, () => {
          const w = world();
          const ctx = { targetId: 0, appealId: 0, reportId: 0, replyId: 0, ...w, ...row.prepare?.(w) };
          const before = snapshot(w.db);
          const result = row.run(ctx, actorFor(w, who));
          if (allowed) expect(result).toMatchObject({ ok: true });
          else {
            // Not a person's role: the appeal page refuses "not suspended" as a conflict.
            if (row.forum) expect(result).toMatchObject({ ok: false, status: expect.toSatisfy((n: number) => [403, 404, 409].includes(n)) });
            else expect(result).toMatchObject({ ok: false, status: row.action === "send an appeal" && who !== "anonymous" ? 409 : 403 });
            expect(snapshot(w.db)).toEqual(before);
          }
        });
      });
    });
  }
});

// The guards of the pages and actions: a stranger is sent to sign in, a member
// without the role gets a 403, staff pass. The session is the one thing faked.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => (session.userId ? { user: { id: String(session.userId) } } : null) }));

describe("the /moderation guard (requireRole)", () => {
  let db: Db;
  beforeAll(() => {
    db = useTestDatabaseForApp();
    process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  });

  const guard = async (userId: number | null) => {
    session.userId = userId;
    const { requireRole } = await import("@/lib/accounts/authorization");
    try {
      const user = await requireRole(["moderator", "admin"], "/moderation");
      return `allowed:${user.role}`;
    } catch (e) {
      return String((e as { digest?: string }).digest ?? e);
    }
  };

  it("sends strangers to sign in and back, answers 403 to members, lets staff in", async () => {
    const learner = addMember(db, "lena");
    const mentor = addMember(db, "marco", { role: "mentor" });
    const moderator = addMember(db, "mona", { role: "moderator" });
    const admin = addMember(db, "adam", { role: "admin" });
    expect(await guard(null)).toMatch(/^NEXT_REDIRECT;replace;\/sign-in\?callbackUrl=%2Fmoderation;307;/);
    expect(await guard(learner.id)).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await guard(mentor.id)).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect(await guard(moderator.id)).toBe("allowed:moderator");
    expect(await guard(admin.id)).toBe("allowed:admin");
  });
});
