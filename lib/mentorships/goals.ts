import "server-only";
import { and, asc, count, eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipGoals, users } from "@/db/schema";
import { ENDED_MESSAGE, fieldErrorsOf, isRowId, refuse, stillActive, writableMembership, type Result } from "./access";
import { addGoalSchema, SPACE_LIMITS } from "./space-schema";

// The pair's checklist. Either member adds a goal or ticks one off while the
// mentorship is active; goals are never deleted, so the record stays whole.

export type Goal = { id: number; text: string; done: boolean; doneAt: Date | null; doneByName: string | null };

/** The goals of a mentorship in their order. The caller has checked membership. */
export function goalsOf(db: Db, { mentorshipId }: { mentorshipId: number }): Goal[] {
  return db
    .select({ id: mentorshipGoals.id, text: mentorshipGoals.text, doneAt: mentorshipGoals.doneAt, doneByName: users.displayName })
    .from(mentorshipGoals)
    .leftJoin(users, eq(users.id, mentorshipGoals.doneBy))
    .where(eq(mentorshipGoals.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipGoals.position), asc(mentorshipGoals.id))
    .all()
    .map((g) => ({ ...g, done: g.doneAt !== null, doneByName: g.doneAt ? g.doneByName : null }));
}

export function addGoal(db: Db, { mentorshipId, userId, goal, now = new Date() }: { mentorshipId: number; userId: number; goal: string; now?: Date }): Result<{ goalId: number }> {
  const access = writableMembership(db, { mentorshipId, userId, now });
  if (!access.ok) return access;
  const parsed = addGoalSchema.safeParse({ goal });
  if (!parsed.success) return refuse("Please correct the goal.", 400, fieldErrorsOf(parsed.error));
  const text = parsed.data.goal;

  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (!stillActive(t, mentorshipId)) return refuse(ENDED_MESSAGE);
      const existing = t.select({ text: mentorshipGoals.text }).from(mentorshipGoals).where(eq(mentorshipGoals.mentorshipId, mentorshipId)).all();
      if (existing.length >= SPACE_LIMITS.goalsPerMentorship)
        return refuse(`A mentorship can have at most ${SPACE_LIMITS.goalsPerMentorship} goals.`, 409, { goal: [`You already have ${SPACE_LIMITS.goalsPerMentorship} goals.`] });
      if (existing.some((g) => g.text.toLowerCase() === text.toLowerCase())) return refuse("Please correct the goal.", 409, { goal: ["This goal is already on the list."] });
      const last = t.select({ n: max(mentorshipGoals.position) }).from(mentorshipGoals).where(eq(mentorshipGoals.mentorshipId, mentorshipId)).get()?.n ?? -1;
      const row = t.insert(mentorshipGoals).values({ mentorshipId, text, position: last + 1 }).returning({ id: mentorshipGoals.id }).get();
      return { ok: true as const, goalId: row.id };
    },
    { behavior: "immediate" },
  );
}

/** Ticks (done: true) or unticks a goal of this mentorship; a goal of another mentorship is "not found". */
export function setGoalDone(
  db: Db,
  { mentorshipId, userId, goalId, done, now = new Date() }: { mentorshipId: number; userId: number; goalId: number; done: boolean; now?: Date },
): Result<{ goal: string }> {
  const access = writableMembership(db, { mentorshipId, userId, now });
  if (!access.ok) return access;
  if (!isRowId(goalId)) return refuse("This goal was not found.", 404);
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (!stillActive(t, mentorshipId)) return refuse(ENDED_MESSAGE);
      const goal = t
        .select({ text: mentorshipGoals.text, doneAt: mentorshipGoals.doneAt })
        .from(mentorshipGoals)
        .where(and(eq(mentorshipGoals.id, goalId), eq(mentorshipGoals.mentorshipId, mentorshipId)))
        .get();
      if (!goal) return refuse("This goal was not found.", 404);
      // Ticking a ticked goal (two tabs, a double submit) keeps who ticked it and when.
      if ((goal.doneAt !== null) !== done)
        t.update(mentorshipGoals)
          .set(done ? { doneAt: now, doneBy: userId } : { doneAt: null, doneBy: null })
          .where(eq(mentorshipGoals.id, goalId))
          .run();
      return { ok: true as const, goal: goal.text };
    },
    { behavior: "immediate" },
  );
}

/** How many goals a mentorship has (for "at most 20"). */
export function goalCount(db: Db, { mentorshipId }: { mentorshipId: number }): number {
  return db.select({ n: count() }).from(mentorshipGoals).where(eq(mentorshipGoals.mentorshipId, mentorshipId)).get()?.n ?? 0;
}
