import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { latestEmails, outboxPageEnabled } from "@/lib/email/outbox-page";
import { getEnv } from "@/lib/env";

// Emails hold one-time links (password resets): no search engine, no referrer.
export const metadata: Metadata = { title: "Outbox", robots: { index: false, follow: false }, referrer: "no-referrer" };

// Read per request: the point is to see the email just sent.
export const dynamic = "force-dynamic";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export default function OutboxPage() {
  if (!outboxPageEnabled()) notFound();
  const mails = latestEmails(getDb()) ?? [];
  const origin = new URL(getEnv().SITE_URL).origin;
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Outbox</h1>
      <p className="mt-2 text-sm text-stone-600">
        This is the development outbox: the latest emails the app queued (at most 50), newest first. Without <code>SMTP_URL</code> they stay here and reach
        no one; set <code>SMTP_URL</code> to deliver them for real. Links to this site can be followed from here.
      </p>
      {mails.length === 0 ? (
        <p className="mt-6 text-stone-700">No emails yet.</p>
      ) : (
        <ol className="mt-6 space-y-6">
          {mails.map((m) => (
            <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">{m.subject}</h2>
              <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
                <dt className="text-stone-500">To</dt>
                <dd>{m.to}</dd>
                <dt className="text-stone-500">Kind</dt>
                <dd>{m.kind}</dd>
                <dt className="text-stone-500">Status</dt>
                <dd>{m.transport ? `${m.status} (${m.transport})` : m.status}</dd>
                <dt className="text-stone-500">Time</dt>
                <dd>
                  <time dateTime={m.createdAt.toISOString()}>{timeFormat.format(m.createdAt)} UTC</time>
                </dd>
              </dl>
              <pre className="mt-3 overflow-x-auto rounded-md bg-stone-100 p-3 font-mono text-sm whitespace-pre-wrap break-words">{withSiteLinks(m.text, origin)}</pre>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The body as text, with this site's URLs as links. Only URLs on SITE_URL's
 * origin become links: whatever else an email holds stays inert text. A
 * sentence's closing punctuation is not part of the URL.
 */
function withSiteLinks(text: string, origin: string): React.ReactNode[] {
  const pattern = new RegExp(`${escapeRegExp(origin)}(?=[/?#]|\\s|$)\\S*`, "g");
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const url = match[0].replace(/[.,;:!?)\]'"”’]+$/, "");
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={url} className="text-brand-700 underline">
        {url}
      </a>,
    );
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}
