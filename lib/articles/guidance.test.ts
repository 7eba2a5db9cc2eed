import { describe, expect, it } from "vitest";
import { users, type Role } from "@/db/schema";
import type { PublicUser } from "@/lib/accounts/users";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getOwnGuidance, listOwnGuidance, saveGuidance, unpublishGuidance } from "./guidance";

const input = { title: "Finding a mentor who fits", summary: "How to choose a mentor whose experience matches your goals.", topic: "", body: "## Start with your goals\n\nWrite down **three** things you want to learn this year, then look for people who did them." };

function setup() {
  const { db } = createTestDatabase();
  const make = (handle: string, role: Role): PublicUser =>
    db.insert(users).values({ email: `${handle}@example.org`, handle, displayName: handle, role }).returning({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role }).get();
  return { db, mentor: make("mia", "mentor"), other: make("oli", "mentor"), learner: make("lou", "learner"), moderator: make("mo", "moderator") };
}

describe("guidance articles", () => {
  it("refuses learners, who have not published a mentor profile", () => {
    const { db, learner } = setup();
    expect(saveGuidance(db, { actor: learner, input, publish: false })).toMatchObject({ ok: false, status: 403 });
  });

  it("keeps a draft to its author: another mentor can neither read nor change it", () => {
    const { db, mentor, other } = setup();
    const draft = saveGuidance(db, { actor: mentor, input, publish: false });
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.status).toBe("draft");
    expect(getOwnGuidance(db, { actor: other, id: draft.id })).toBeNull();
    expect(saveGuidance(db, { actor: other, id: draft.id, input: { ...input, title: "Hijacked title" }, publish: true })).toMatchObject({ ok: false, status: 404 });
    expect(getOwnGuidance(db, { actor: mentor, id: draft.id })?.title).toBe(input.title);
    expect(listOwnGuidance(db, { actor: other })).toEqual([]);
  });

  it("publishes with a date, keeps the address once public, and lets moderators unpublish with a reason", () => {
    const { db, mentor, moderator, other } = setup();
    const draft = saveGuidance(db, { actor: mentor, input, publish: false });
    if (!draft.ok) throw new Error("draft");
    const published = saveGuidance(db, { actor: mentor, id: draft.id, input, publish: true, today: "2026-11-23" });
    expect(published).toMatchObject({ ok: true, status: "published", slug: "finding-a-mentor-who-fits" });
    const renamed = saveGuidance(db, { actor: mentor, id: draft.id, input: { ...input, title: "A new title entirely" }, publish: true });
    expect(renamed).toMatchObject({ slug: "finding-a-mentor-who-fits" });

    expect(unpublishGuidance(db, { actor: other, articleId: draft.id, reason: "I do not like it" })).toMatchObject({ ok: false, status: 403 });
    expect(unpublishGuidance(db, { actor: moderator, articleId: draft.id, reason: "Contains an advert." })).toMatchObject({ ok: true });
    expect(listOwnGuidance(db, { actor: mentor })[0]).toMatchObject({ status: "unpublished", unpublishedReason: "Contains an advert." });
    // Unpublishing twice finds nothing published.
    expect(unpublishGuidance(db, { actor: moderator, articleId: draft.id, reason: "Again, again." })).toMatchObject({ ok: false, status: 404 });
  });
});
