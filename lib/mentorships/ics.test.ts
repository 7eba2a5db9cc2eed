import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, formatUtc } from "./ics";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar text", () => {
  it("escapes backslash, semicolon, comma and newlines, and drops other control characters", () => {
    expect(escapeText("a,b;c\\d")).toBe("a\\,b\\;c\\\\d");
    expect(escapeText("line 1\nline 2\r\nline 3\rline 4")).toBe("line 1\\nline 2\\nline 3\\nline 4");
    expect(escapeText("tab\tkept, bell\u0007 gone")).toBe("tab\tkept\\, bell gone");
    expect(escapeText("C:\\new")).toBe("C:\\\\new"); // a backslash before n is not a newline
  });

  it("folds lines longer than 75 octets with CRLF and a space, never inside a character", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    const folded = foldLine("DESCRIPTION:" + "y".repeat(200));
    const parts = folded.split("\r\n");
    expect(parts.map(octets)).toEqual([75, 75, 64]);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe("DESCRIPTION:" + "y".repeat(200));

    // Multi-byte characters (é is 2 octets, 🙂 is 4) stay whole.
    const text = "SUMMARY:" + "é".repeat(40) + "🙂".repeat(20);
    const lines = foldLine(text).split("\r\n");
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(text);
    expect(lines.join("")).not.toContain("\uFFFD");
  });

  it("writes UTC times in the Z form", () => {
    expect(formatUtc(new Date("2026-04-02T13:05:09.123Z"))).toBe("20260402T130509Z");
  });
});

describe("a calendar with one event", () => {
  const ics = buildCalendar([
    {
      uid: "session-7@tandem.example",
      stamp: new Date("2026-03-20T12:00:00Z"),
      start: new Date("2026-04-02T13:00:00Z"),
      end: new Date("2026-04-02T13:45:00Z"),
      summary: "Mentorship session with Marco, Jr.",
      description: "Rehearse the talk; time it.\nThen: " + "write the closing paragraph again ".repeat(4),
      url: "https://tandem.example/mentorships/3",
    },
  ]);

  it("has CRLF line endings only, each line at most 75 octets, and ends with CRLF", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.split("\r\n").every((l) => octets(l) <= 75)).toBe(true);
  });

  it("holds the required properties", () => {
    const unfolded = ics.replace(/\r\n /g, "").split("\r\n");
    expect(unfolded).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Tandem//Mentorship sessions//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:session-7@tandem.example",
      "DTSTAMP:20260320T120000Z",
      "DTSTART:20260402T130000Z",
      "DTEND:20260402T134500Z",
      "SUMMARY:Mentorship session with Marco\\, Jr.",
      "DESCRIPTION:Rehearse the talk\\; time it.\\nThen: " + "write the closing paragraph again ".repeat(4),
      "URL:https://tandem.example/mentorships/3",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("leaves DESCRIPTION out when there are no next steps", () => {
    const bare = buildCalendar([{ uid: "u@x", stamp: new Date(0), start: new Date(0), end: new Date(60_000), summary: "S" }]);
    expect(bare).not.toContain("DESCRIPTION");
  });
});
