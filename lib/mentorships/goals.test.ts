import { describe, expect, it } from "vitest";
import { addGoal, goalsOf, setGoalDone } from "./goals";
import { DAY, setup, T0 } from "./space-test-fixtures";

const now = new Date(T0.getTime() + DAY);

describe("goals", () => {
  it("either member ticks and unticks a goal, and the list says who and when", () => {
    const { db, learner, mentor, id } = setup();
    const [first] = goalsOf(db, { mentorshipId: id });
    expect(setGoalDone(db, { mentorshipId: id, userId: mentor.id, goalId: first!.id, done: true, now })).toEqual({ ok: true, goal: "Give a first talk" });
    expect(goalsOf(db, { mentorshipId: id })[0]).toMatchObject({ done: true, doneByName: "Marco" });
    expect(goalsOf(db, { mentorshipId: id })[0]!.doneAt?.getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);

    // Ticking again keeps the first tick.
    setGoalDone(db, { mentorshipId: id, userId: learner.id, goalId: first!.id, done: true, now: new Date(now.getTime() + DAY) });
    expect(goalsOf(db, { mentorshipId: id })[0]).toMatchObject({ done: true, doneByName: "Marco" });

    expect(setGoalDone(db, { mentorshipId: id, userId: learner.id, goalId: first!.id, done: false, now })).toMatchObject({ ok: true });
    expect(goalsOf(db, { mentorshipId: id })[0]).toMatchObject({ done: false, doneAt: null, doneByName: null });
  });

  it("adds a goal at the end, trimmed, between 3 and 200 characters, not twice", () => {
    const { db, learner, mentor, id } = setup();
    expect(addGoal(db, { mentorshipId: id, userId: learner.id, goal: "  Speak at a meetup  ", now })).toMatchObject({ ok: true });
    expect(goalsOf(db, { mentorshipId: id }).map((g) => g.text)).toEqual(["Give a first talk", "Write an outline", "Speak at a meetup"]);
    expect(addGoal(db, { mentorshipId: id, userId: mentor.id, goal: "ab", now })).toMatchObject({ ok: false, status: 400, fieldErrors: { goal: ["Write at least 3 characters."] } });
    expect(addGoal(db, { mentorshipId: id, userId: mentor.id, goal: "   ", now })).toMatchObject({ ok: false, fieldErrors: { goal: ["Write at least 3 characters."] } });
    expect(addGoal(db, { mentorshipId: id, userId: mentor.id, goal: "x".repeat(201), now })).toMatchObject({ ok: false, fieldErrors: { goal: ["Use at most 200 characters."] } });
    expect(addGoal(db, { mentorshipId: id, userId: mentor.id, goal: "x".repeat(200), now })).toMatchObject({ ok: true });
    expect(addGoal(db, { mentorshipId: id, userId: mentor.id, goal: "speak at a MEETUP", now })).toMatchObject({ ok: false, fieldErrors: { goal: ["This goal is already on the list."] } });
    expect(goalsOf(db, { mentorshipId: id })).toHaveLength(4);
  });

  it("holds at most 20 goals", () => {
    const { db, learner, id } = setup();
    for (let i = 3; i <= 20; i++) expect(addGoal(db, { mentorshipId: id, userId: learner.id, goal: `Goal number ${i}`, now })).toMatchObject({ ok: true });
    expect(addGoal(db, { mentorshipId: id, userId: learner.id, goal: "One too many", now })).toMatchObject({ ok: false, message: "A mentorship can have at most 20 goals." });
    expect(goalsOf(db, { mentorshipId: id })).toHaveLength(20);
  });

  it("refuses an unknown goal id", () => {
    const { db, learner, id } = setup();
    for (const goalId of [0, -4, 99_999]) expect(setGoalDone(db, { mentorshipId: id, userId: learner.id, goalId, done: true, now })).toMatchObject({ ok: false, status: 404 });
  });
});
