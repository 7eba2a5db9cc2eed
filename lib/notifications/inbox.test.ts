import { describe, expect, it } from "vitest";
import { notifications } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { listNotifications, markAllRead, NOTIFICATIONS_PER_PAGE, openNotification, unreadCount } from "./inbox";
import { notify } from "./notify";

const t0 = new Date("2026-11-20T10:00:00Z");

function setup() {
  const { db } = createTestDatabase();
  const ana = addMember(db, "ana");
  const ben = addMember(db, "ben");
  const tell = (userId: number, text: string) => notify(db, { kind: "forum_reply", actorId: null, recipients: [userId], text, href: `/forum/t/1#${text}`, now: t0 });
  return { db, ana, ben, tell };
}

describe("the inbox", () => {
  it("counts unread, newest first, and opening one marks it read and says where it leads", () => {
    const { db, ana, ben, tell } = setup();
    tell(ana.id, "first");
    tell(ana.id, "second");
    tell(ben.id, "for ben");
    expect(unreadCount(db, ana)).toBe(2);
    const list = listNotifications(db, { actor: ana });
    expect(list.items.map((n) => n.text)).toEqual(["second", "first"]);
    expect(openNotification(db, { actor: ana, id: list.items[1]!.id, now: t0 })).toBe("/forum/t/1#first");
    expect(unreadCount(db, ana)).toBe(1);
    // Opening again keeps the first read time.
    const later = new Date(t0.getTime() + 60_000);
    openNotification(db, { actor: ana, id: list.items[1]!.id, now: later });
    expect(listNotifications(db, { actor: ana }).items[1]!.readAt).toEqual(t0);
  });

  it("never opens or marks someone else's notification", () => {
    const { db, ana, ben, tell } = setup();
    tell(ben.id, "for ben");
    const bens = listNotifications(db, { actor: ben }).items[0]!;
    expect(openNotification(db, { actor: ana, id: bens.id })).toBeNull();
    expect(openNotification(db, { actor: ana, id: 9999 })).toBeNull();
    expect(markAllRead(db, { actor: ana })).toBe(0);
    expect(unreadCount(db, ben)).toBe(1);
  });

  it("marks all of one member's read, and pages through many", () => {
    const { db, ana, ben, tell } = setup();
    for (let i = 0; i < NOTIFICATIONS_PER_PAGE + 3; i++) tell(ana.id, `n${i}`);
    tell(ben.id, "for ben");
    const page2 = listNotifications(db, { actor: ana, page: 2 });
    expect(page2).toMatchObject({ page: 2, pageCount: 2, total: NOTIFICATIONS_PER_PAGE + 3 });
    expect(page2.items.map((n) => n.text)).toEqual(["n2", "n1", "n0"]);
    // A page past the end shows the last one.
    expect(listNotifications(db, { actor: ana, page: 99 }).page).toBe(2);
    expect(markAllRead(db, { actor: ana, now: t0 })).toBe(NOTIFICATIONS_PER_PAGE + 3);
    expect(unreadCount(db, ana)).toBe(0);
    expect(unreadCount(db, ben)).toBe(1);
  });

  it("the bell's count reads the partial index of unread rows", () => {
    const { db, ana } = setup();
    const plan = db.$client.prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM notifications WHERE user_id = ? AND read_at IS NULL").all(ana.id) as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toContain("notifications_unread_idx");
    expect(db.select().from(notifications).all()).toEqual([]);
  });
});
