import { describe, expect, it } from "vitest";
import { notificationSettings } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { KIND_INFO } from "./kinds";
import { saveSettings, settingsOf, settingsSchema, stopEmails } from "./settings";

function setup() {
  const { db } = createTestDatabase();
  return { db, ana: addMember(db, "ana"), bo: addMember(db, "bo") };
}

const defaults = Object.fromEntries(Object.entries(KIND_INFO).map(([kind, info]) => [kind, info.default]));

describe("notification settings", () => {
  it("are the kinds' defaults until saved", () => {
    const { db, ana } = setup();
    expect(settingsOf(db, ana.id)).toEqual(defaults);
  });

  it("parse only a complete set of known channels", () => {
    const all = { request: "email", message: "app", forum_reply: "off", mention: "app", moderation: "email" };
    expect(settingsSchema.safeParse(all).success).toBe(true);
    const missing = settingsSchema.safeParse({ ...all, mention: undefined });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues).toMatchObject([{ path: ["mention"], message: "Choose how to hear about mentions." }]);
    expect(settingsSchema.safeParse({ ...all, message: "sms" }).success).toBe(false);
  });

  it("are saved for the actor only", () => {
    const { db, ana, bo } = setup();
    const mine = { request: "off", message: "email", forum_reply: "email", mention: "off", moderation: "app" } as const;
    saveSettings(db, { actor: ana, settings: mine });
    expect(settingsOf(db, ana.id)).toEqual(mine);
    expect(settingsOf(db, bo.id)).toEqual(defaults);
    saveSettings(db, { actor: ana, settings: { ...mine, request: "email" } });
    expect(settingsOf(db, ana.id).request).toBe("email");
  });
});

describe("stopping emails from an unsubscribe link", () => {
  it("turns one kind from email to in the app only, and leaves the rest alone", () => {
    const { db, ana, bo } = setup();
    expect(KIND_INFO.request.default).toBe("email");
    expect(stopEmails(db, { userId: ana.id, kind: "request" })).toEqual({ changed: true });
    expect(settingsOf(db, ana.id)).toEqual({ ...defaults, request: "app" });
    expect(settingsOf(db, bo.id)).toEqual(defaults);
  });

  it("changes a saved email setting too, and nothing the second time", () => {
    const { db, ana } = setup();
    saveSettings(db, { actor: ana, settings: { ...settingsOf(db, ana.id), message: "email" } });
    expect(stopEmails(db, { userId: ana.id, kind: "message" })).toEqual({ changed: true });
    expect(stopEmails(db, { userId: ana.id, kind: "message" })).toEqual({ changed: false });
    expect(settingsOf(db, ana.id).message).toBe("app");
  });

  it("never turns notifications back on: off stays off, in the app stays in the app", () => {
    const { db, ana } = setup();
    saveSettings(db, { actor: ana, settings: { ...settingsOf(db, ana.id), request: "off" } });
    expect(stopEmails(db, { userId: ana.id, kind: "request" })).toEqual({ changed: false });
    expect(stopEmails(db, { userId: ana.id, kind: "forum_reply" })).toEqual({ changed: false });
    expect(settingsOf(db, ana.id)).toMatchObject({ request: "off", forum_reply: "app" });
  });

  it("does nothing for an account that no longer exists", () => {
    const { db } = setup();
    expect(stopEmails(db, { userId: 999, kind: "request" })).toEqual({ changed: false });
    expect(db.select().from(notificationSettings).all()).toEqual([]);
  });
});
