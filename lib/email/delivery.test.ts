import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emails } from "@/db/schema";
import { addMember } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { deliverDueEmails, deliveryHealth, MAX_ATTEMPTS, RETRY_DELAYS_MS, retryEmail } from "./delivery";
import { enqueueEmail } from "./outbox";
import { closedPortUrl, startTestSmtpServer } from "@/lib/testing/smtp-server";
import { outboxTransport, smtpTransport } from "./transport";

const t0 = new Date("2026-11-20T10:00:00Z");
const mail = { userId: null, to: "ana@example.org", subject: "Hello", text: "Plain words https://example.org/x", html: "<p>Plain words</p>", kind: "request" as const, unsubscribeUrl: "http://localhost:3000/api/unsubscribe/abc" };

function setup() {
  const { db } = createTestDatabase();
  return { db, row: (id: number) => db.select().from(emails).where(eq(emails.id, id)).get()! };
}

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(() => smtp.close());

describe("queueing", () => {
  it("only writes a row: nothing is sent until delivery runs", () => {
    const { db, row } = setup();
    const id = enqueueEmail(db, mail, t0);
    expect(row(id)).toMatchObject({ status: "pending", attempts: 0, transport: null, sentAt: null });
    expect(row(id).nextAttemptAt.getTime()).toBe(t0.getTime());
  });
});

describe("delivery", () => {
  it("without SMTP keeps the email in the outbox as sent, body intact", async () => {
    const { db, row } = setup();
    const id = enqueueEmail(db, mail, t0);
    expect(await deliverDueEmails(db, { transport: outboxTransport, now: t0 })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(row(id)).toMatchObject({ status: "sent", transport: "outbox", attempts: 1, text: mail.text });
  });

  it("over SMTP sends a plain-text part, the HTML twin and the one-click unsubscribe headers", async () => {
    const { db, row } = setup();
    const id = enqueueEmail(db, mail, t0);
    const before = smtp.received.length;
    expect((await deliverDueEmails(db, { transport: smtpTransport(smtp.url, "Tandem <no-reply@example.org>"), now: t0 })).sent).toBe(1);
    const got = smtp.received[before]!;
    expect(got.to.join()).toContain("ana@example.org");
    expect(got.data).toContain("Subject: Hello");
    expect(got.data).toMatch(/Content-Type: text\/plain/i);
    expect(got.data).toContain("Plain words https://example.org/x");
    expect(got.data).toMatch(/Content-Type: text\/html/i);
    expect(got.data).toMatch(/List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\/abc>/);
    expect(got.data).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(row(id)).toMatchObject({ status: "sent", transport: "smtp" });
  });

  it("clears a password reset's one-time link from the table once SMTP took it", async () => {
    const { db, row } = setup();
    const id = enqueueEmail(db, { ...mail, kind: "password_reset", text: "Reset: http://localhost:3000/reset-password/SECRET", unsubscribeUrl: null }, t0);
    const before = smtp.received.length;
    await deliverDueEmails(db, { transport: smtpTransport(smtp.url, "t@example.org"), now: t0 });
    expect(smtp.received[before]!.data).toContain("SECRET");
    expect(row(id).text).not.toContain("SECRET");
    expect(row(id).status).toBe("sent");
  });

  it("records a failure, retries on the schedule, and gives up after the last attempt", async () => {
    const { db, row } = setup();
    const admin = addMember(db, "ada", { role: "admin" });
    const id = enqueueEmail(db, mail, t0);
    const broken = smtpTransport(await closedPortUrl(), "t@example.org");

    let now = t0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueEmails(db, { transport: broken, now })).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const r = row(id);
      expect(r).toMatchObject({ status: "pending", attempts: attempt });
      expect(r.lastError).toMatch(/ECONNREFUSED|connect/i);
      const delay = RETRY_DELAYS_MS[attempt - 1]!;
      expect(r.nextAttemptAt.getTime()).toBe(now.getTime() + delay);
      // Not due a moment before its time.
      expect(await deliverDueEmails(db, { transport: broken, now: new Date(now.getTime() + delay - 1) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
      now = new Date(now.getTime() + delay);
    }
    expect(deliveryHealth(db, { actor: admin })).toMatchObject({ pending: 0, retrying: 1, failed: 0 });
    expect(await deliverDueEmails(db, { transport: broken, now })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(row(id)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });

    const health = deliveryHealth(db, { actor: admin })!;
    expect(health).toMatchObject({ pending: 0, retrying: 0, failed: 1 });
    expect(health.recentProblems.map((p) => p.id)).toEqual([id]);

    // The admin's retry puts it back in the queue; the next run sends it.
    expect(retryEmail(db, { actor: admin, emailId: id, now })).toEqual({ ok: true });
    expect(await deliverDueEmails(db, { transport: outboxTransport, now })).toMatchObject({ sent: 1 });
    expect(row(id)).toMatchObject({ status: "sent", lastError: null });
    expect(retryEmail(db, { actor: admin, emailId: id, now })).toMatchObject({ ok: false, status: 409 });
  });

  it("lets only admins see delivery health or retry, and changes nothing otherwise", async () => {
    const { db, row } = setup();
    const id = enqueueEmail(db, mail, t0);
    await deliverDueEmails(db, { transport: smtpTransport(await closedPortUrl(), "t@example.org"), now: t0 });
    const before = row(id);
    for (const role of ["learner", "mentor", "moderator"] as const) {
      const actor = addMember(db, `m-${role}`, { role });
      expect(deliveryHealth(db, { actor })).toBeNull();
      expect(retryEmail(db, { actor, emailId: id, now: t0 })).toMatchObject({ ok: false, status: 403 });
    }
    expect(row(id)).toEqual(before);
    expect(retryEmail(db, { actor: addMember(db, "root", { role: "admin" }), emailId: 999, now: t0 })).toMatchObject({ ok: false, status: 404 });
  });
});
