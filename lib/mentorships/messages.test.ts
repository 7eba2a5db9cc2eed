import { describe, expect, it } from "vitest";
import { mentorshipMessages } from "@/db/schema";
import { messagesOf, sendMessage } from "./messages";
import { DAY, setup, T0 } from "./space-test-fixtures";

const now = new Date(T0.getTime() + DAY);

describe("messages", () => {
  it("are Markdown, shown sanitized: no script, raw HTML or javascript: link survives", () => {
    const { db, learner, mentor, id } = setup();
    const bodies = [
      "Hello <script>alert(1)</script> **bold**",
      "[click me](javascript:alert(1)) and [site](https://example.org)",
      '<img src=x onerror="alert(1)"> <iframe src="https://evil.example"></iframe> <a href="#" onclick="steal()">x</a>',
      "<div style=\"position:fixed\">raw html block</div>\n\n_fine_",
    ];
    for (const body of bodies) expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body, now })).toMatchObject({ ok: true });
    const { messages } = messagesOf(db, { mentorshipId: id, viewerId: mentor.id });
    const html = messages.map((m) => m.html).join("\n");
    expect(html).not.toMatch(/<script|<img|<iframe|<div|onerror|onclick|javascript:|style=/i);
    expect(messages[0]!.html).toContain("<strong>bold</strong>");
    expect(messages[1]!.html).toContain('<a href="https://example.org" rel="nofollow ugc noopener">site</a>');
    expect(messages[1]!.html).toMatch(/<a>click me<\/a>|click me/);
    expect(messages[3]!.html).toContain("<em>fine</em>");
    // The text is stored as typed; only its rendering is sanitized.
    expect(db.select({ body: mentorshipMessages.body }).from(mentorshipMessages).all()[0]!.body).toBe(bodies[0]);
    expect(messages.map((m) => m.mine)).toEqual([false, false, false, false]);
    expect(messagesOf(db, { mentorshipId: id, viewerId: learner.id }).messages.every((m) => m.mine && m.authorName === "Lena")).toBe(true);
  });

  it("are 1 to 5,000 characters", () => {
    const { db, learner, id } = setup();
    expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body: " \n ", now })).toMatchObject({ ok: false, fieldErrors: { body: ["Write a message."] } });
    expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body: "x".repeat(5001), now })).toMatchObject({ ok: false, fieldErrors: { body: ["Use at most 5,000 characters."] } });
    expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body: "x".repeat(5000), now })).toMatchObject({ ok: true });
    // Windows line endings count once.
    expect(sendMessage(db, { mentorshipId: id, userId: learner.id, body: "ab\r\n".repeat(1250).trim(), now })).toMatchObject({ ok: true });
  });

  it("show the last 50, newest at the bottom, with a cursor to older ones", () => {
    const { db, learner, mentor, id } = setup();
    for (let i = 1; i <= 120; i++) sendMessage(db, { mentorshipId: id, userId: i % 2 ? learner.id : mentor.id, body: `Message ${i}`, now: new Date(now.getTime() + i * 1000) });
    const latest = messagesOf(db, { mentorshipId: id, viewerId: learner.id });
    expect(latest.messages).toHaveLength(50);
    expect(latest.messages[0]!.html).toBe("<p>Message 71</p>");
    expect(latest.messages.at(-1)!.html).toBe("<p>Message 120</p>");
    expect(latest.hasNewer).toBe(false);
    expect(latest.olderBefore).toBe(latest.messages[0]!.id);

    const older = messagesOf(db, { mentorshipId: id, viewerId: learner.id, before: latest.olderBefore });
    expect(older.messages.map((m) => m.html)[0]).toBe("<p>Message 21</p>");
    expect(older.hasNewer).toBe(true);
    const oldest = messagesOf(db, { mentorshipId: id, viewerId: learner.id, before: older.olderBefore });
    expect(oldest.messages).toHaveLength(20);
    expect(oldest.olderBefore).toBeNull();
    expect(oldest.hasNewer).toBe(true);
  });

  it("are empty for a new mentorship, and never show another mentorship's", () => {
    const { db, learner, otherLearner, id, otherId } = setup();
    sendMessage(db, { mentorshipId: otherId, userId: otherLearner.id, body: "Private", now });
    expect(messagesOf(db, { mentorshipId: id, viewerId: learner.id })).toEqual({ messages: [], olderBefore: null, hasNewer: false });
  });
});
