import type { Page } from "@playwright/test";

// The two places hostile text leaves as something other than HTML: the RSS
// feed (read by feed readers, which render its text) and the calendar file
// of the next session. Neither is rendered by the browser, so their text is
// checked: structure intact, payloads present only as escaped text.

const ICS_PROPERTIES = new Set(["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "URL"]);

const unescapeIcsText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

/** The calendar's content lines, unfolded, and what is wrong with them: an unknown property, a second event, a bare line break. */
export function readCalendar(ics: string): { problems: string[]; values: Map<string, string> } {
  const problems: string[] = [];
  if (/[^\r]\n/.test(ics)) problems.push("a line break without CR: a value broke out of its line");
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const values = new Map<string, string>();
  for (const line of lines) {
    const name = /^[A-Z-]+/.exec(line)?.[0] ?? "";
    if (!ICS_PROPERTIES.has(name) || !/^[A-Z-]+:/.test(line)) problems.push(`unexpected line: ${line.slice(0, 120)}`);
    else if (name !== "BEGIN" && name !== "END") values.set(name, unescapeIcsText(line.slice(name.length + 1)));
  }
  const events = lines.filter((l) => l === "BEGIN:VEVENT").length;
  if (events !== 1) problems.push(`${events} events instead of 1`);
  return { problems, values };
}

/** The RSS feed parsed as XML in the page: parse errors and elements RSS does not have, and the items' titles as text. */
export async function readFeed(page: Page, xml: string): Promise<{ problems: string[]; titles: string[] }> {
  return page.evaluate((text) => {
    const allowed = new Set(["rss", "channel", "title", "link", "description", "language", "atom:link", "item", "guid", "pubDate", "dc:creator", "category"]);
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const problems: string[] = [];
    const error = doc.querySelector("parsererror");
    if (error) problems.push(`not well-formed XML: ${error.textContent?.slice(0, 200)}`);
    for (const el of Array.from(doc.getElementsByTagName("*"))) if (!allowed.has(el.tagName) && !error) problems.push(`element <${el.tagName}> in the feed`);
    const titles = Array.from(doc.querySelectorAll("item > title")).map((t) => t.textContent ?? "");
    return { problems, titles };
  }, xml);
}
