// iCalendar (RFC 5545) for one event, written by hand: a calendar file is a
// few lines, and the rules that matter are small. Pure: no I/O, no clock.
//
// - Lines end with CRLF, the last one too (3.1).
// - A line longer than 75 octets (UTF-8 bytes, not characters) is folded:
//   CRLF followed by one space; a character is never split (3.1).
// - TEXT values escape backslash, semicolon and comma, and newlines become
//   "\n" (3.3.11). Other control characters are not allowed: they are dropped.
// - Times are UTC, "20260314T183000Z" (3.3.5, form #2).

export type CalendarEvent = {
  /** Globally unique and stable: the same event always has the same UID, so calendars update it instead of adding a copy. */
  uid: string;
  /** When the event's information was last revised (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  url?: string;
};

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** One content line folded to at most 75 octets per physical line, joined by CRLF + space (no final CRLF). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first physical line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** "20260314T183000Z" */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** A VCALENDAR holding the events, with CRLF line endings and folded lines. */
export function buildCalendar(events: readonly CalendarEvent[], { prodId = "-//Tandem//Mentorship sessions//EN" }: { prodId?: string } = {}): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${prodId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid.replace(/[\r\n]/g, "")}`,
      `DTSTAMP:${formatUtc(e.stamp)}`,
      `DTSTART:${formatUtc(e.start)}`,
      `DTEND:${formatUtc(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    // URI values are not TEXT: no escaping, but no line breaks either.
    if (e.url) lines.push(`URL:${e.url.replace(/[\r\n]/g, "")}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
