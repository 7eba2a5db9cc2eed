import { describe, expect, it } from "vitest";
import type { TestMember } from "@/lib/testing/members";
import { at, HOUR, logRows, snapshot, threadRow, world } from "./test-fixtures";
import {
  clearSlowMode,
  hideThread,
  listCategories,
  lockThread,
  moveThread,
  pinThread,
  renameThread,
  setSlowMode,
  unhideThread,
  unlockThread,
  unpinThread,
} from "./thread-actions";

const now = at(HOUR);

describe("moderating a thread", () => {
  it("pin, lock, slow mode, move, rename and hide each change the thread and write exactly one log entry", () => {
    const { db, moderator, threadId } = world();
    const actor = moderator;
    const steps: [string, () => unknown, Record<string, unknown>, string | null][] = [
      ["thread.pin", () => pinThread(db, { actor, threadId, reason: "Useful for newcomers", now }), { pinned: true }, "Useful for newcomers"],
      ["thread.unpin", () => unpinThread(db, { actor, threadId, now }), { pinned: false }, null],
      ["thread.lock", () => lockThread(db, { actor, threadId, reason: "Going in circles", now }), { locked: true }, "Going in circles"],
      ["thread.unlock", () => unlockThread(db, { actor, threadId, now }), { locked: false }, null],
      ["thread.slow_mode", () => setSlowMode(db, { actor, threadId, minutes: "10", reason: "Heated", now }), { slowModeMinutes: 10 }, "10 minutes — Heated"],
      ["thread.slow_mode_off", () => clearSlowMode(db, { actor, threadId, now }), { slowModeMinutes: null }, null],
      ["thread.move", () => moveThread(db, { actor, threadId, categoryId: "4", now }), { categoryId: 4 }, "From Mentorship to Career growth"],
      ["thread.rename", () => renameThread(db, { actor, threadId, title: "  Finding a first   mentor ", reason: "Clearer", now }), { title: "Finding a first mentor" }, "Was “How do I find my first mentor?” — Clearer"],
      ["thread.hide", () => hideThread(db, { actor, threadId, reason: "Doxxing", now }), { hiddenAt: now, hiddenReason: "Doxxing" }, "Doxxing"],
      ["thread.unhide", () => unhideThread(db, { actor, threadId, now }), { hiddenAt: null, hiddenReason: null }, null],
    ];
    for (const [action, run, expected, reason] of steps) {
      const before = logRows(db).length;
      expect(run(), action).toMatchObject({ ok: true, message: expect.any(String) });
      expect(threadRow(db, threadId), action).toMatchObject(expected);
      const rows = logRows(db);
      expect(rows.length, action).toBe(before + 1);
      expect(rows.at(-1), action).toEqual({ id: expect.any(Number), actorId: moderator.id, actorName: "Mona", action, targetType: "thread", targetId: threadId, reason, createdAt: now });
    }
  });

  it("refuses what would change nothing, so the log records only changes", () => {
    const { db, admin, threadId } = world();
    const actor = admin;
    const before = snapshot(db);
    expect(unpinThread(db, { actor, threadId, now })).toEqual({ ok: false, status: 409, message: "This thread is not pinned." });
    expect(unlockThread(db, { actor, threadId, now })).toMatchObject({ ok: false, status: 409 });
    expect(clearSlowMode(db, { actor, threadId, now })).toMatchObject({ ok: false, status: 409 });
    expect(unhideThread(db, { actor, threadId, now })).toMatchObject({ ok: false, status: 409 });
    expect(moveThread(db, { actor, threadId, categoryId: 1, now })).toEqual({ ok: false, status: 409, message: "This thread is already in Mentorship." });
    expect(renameThread(db, { actor, threadId, title: "How do I find my first mentor?", now })).toMatchObject({ ok: false, status: 409 });
    expect(snapshot(db)).toEqual(before);
  });

  it("checks slow mode minutes (1–1,440), the category and the title (5–150)", () => {
    const { db, moderator, threadId } = world();
    const actor = moderator;
    const before = snapshot(db);
    for (const minutes of ["0", "1441", "ten", "", "2.5", -3])
      expect(setSlowMode(db, { actor, threadId, minutes, now }), String(minutes)).toMatchObject({ ok: false, status: 400, fieldErrors: { minutes: ["Choose between 1 and 1,440 minutes."] } });
    expect(moveThread(db, { actor, threadId, categoryId: "999", now })).toMatchObject({ ok: false, status: 400, fieldErrors: { categoryId: ["Choose a category that exists."] } });
    expect(moveThread(db, { actor, threadId, categoryId: "x", now })).toMatchObject({ ok: false, status: 400 });
    expect(renameThread(db, { actor, threadId, title: "Hey", now })).toMatchObject({ ok: false, status: 400, fieldErrors: { title: [expect.stringMatching(/at least 5/)] } });
    expect(renameThread(db, { actor, threadId, title: "t".repeat(151), now })).toMatchObject({ ok: false, status: 400, fieldErrors: { title: [expect.stringMatching(/at most 150/)] } });
    expect(pinThread(db, { actor, threadId, reason: "r".repeat(501), now })).toMatchObject({ ok: false, status: 400, fieldErrors: { reason: ["Use at most 500 characters."] } });
    expect(pinThread(db, { actor, threadId: 31337, now })).toEqual({ ok: false, status: 404, message: "This thread was not found." });
    expect(snapshot(db)).toEqual(before);
    expect(setSlowMode(db, { actor, threadId, minutes: 1, now })).toMatchObject({ ok: true });
    expect(setSlowMode(db, { actor, threadId, minutes: "1440", now })).toMatchObject({ ok: true });
    expect(renameThread(db, { actor, threadId, title: "t".repeat(150), now })).toMatchObject({ ok: true });
  });

  it("is refused to members who are not staff, whatever they send, changing nothing", () => {
    const { db, learner, mentor, author, suspended, threadId } = world();
    const before = snapshot(db);
    const actors: (TestMember | { id: number } | null)[] = [learner, mentor, author, suspended, { id: 4040 }, null];
    for (const actor of actors) {
      for (const act of [pinThread, unpinThread, lockThread, unlockThread, clearSlowMode, hideThread, unhideThread]) expect(act(db, { actor, threadId, now })).toMatchObject({ ok: false, status: 403 });
      // Invalid input too: a non-member learns nothing about what would be valid.
      expect(setSlowMode(db, { actor, threadId, minutes: "zero", now })).toMatchObject({ ok: false, status: 403 });
      expect(moveThread(db, { actor, threadId, categoryId: 2, now })).toMatchObject({ ok: false, status: 403 });
      expect(renameThread(db, { actor, threadId, title: "x", now })).toMatchObject({ ok: false, status: 403 });
    }
    expect(snapshot(db)).toEqual(before);
  });

  it("lists the categories a thread can move to, in the forum's order", () => {
    const { db } = world();
    expect(listCategories(db).map((c) => c.name)).toEqual(["Mentorship", "Support networks", "Learning communities", "Career growth", "Introductions", "Site feedback"]);
  });
});
