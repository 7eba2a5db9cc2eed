import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string | null;
  unsubscribeUrl: string | null;
};

/** Where emails go: an SMTP server, or nowhere but the outbox table they already sit in. */
export type Transport = { name: "smtp" | "outbox"; send(mail: OutgoingEmail): Promise<void> };

export const outboxTransport: Transport = { name: "outbox", send: async () => {} };

export function smtpTransport(url: string, from = getEnv().EMAIL_FROM): Transport {
  // Short timeouts: a dead server should fail the attempt (and be retried
  // later), not hold the delivery loop for minutes.
  const smtp = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    name: "smtp",
    async send(mail) {
      await smtp.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        // RFC 8058 one-click unsubscribe: mail clients POST to the URL.
        ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: "Unsubscribe" } }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } } : {}),
      });
    },
  };
}

let cached: Transport | undefined;

export function defaultTransport(): Transport {
  const url = getEnv().SMTP_URL;
  cached ??= url ? smtpTransport(url) : outboxTransport;
  return cached;
}
