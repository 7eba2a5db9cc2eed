import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MatchCard } from "@/components/matching/match-card";
import { MatchExplanation } from "@/components/matching/match-explanation";
import { ScoreBreakdown } from "@/components/matching/score-breakdown";
import { WidenHints } from "@/components/matching/widen-hints";
import type { Reason } from "./score";

// The presentational pieces, rendered as the server does (no DOM needed).
const reasons: Reason[] = [
  { factor: "goals", points: 30, max: 40, words: "Shares 3 of your 4 goals: Leadership, Public speaking, Writing", tone: "some" },
  { factor: "timeZone", points: 15, max: 20, words: "2 hours apart", tone: "some" },
  { factor: "language", points: 20, max: 20, words: "Speaks Spanish", tone: "good" },
  { factor: "room", points: 8, max: 10, words: "Has room for 2 more", tone: "some" },
  { factor: "experience", points: 10, max: 10, words: "12 years of experience", tone: "good" },
];

describe("matching components", () => {
  it("show a match: linked name, score as text and as a labelled meter, the breakdown", () => {
    const html = renderToStaticMarkup(createElement(MatchCard, { match: { handle: "ana-garcia", displayName: "Ana García", headline: "Staff engineer", score: 83, reasons } }));
    expect(html).toContain('href="/u/ana-garcia"');
    expect(html).toContain("Staff engineer");
    expect(html).toMatch(/83<\/span> <span[^>]*>\/ 100/);
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-label="Match score for Ana García"');
    expect(html).toContain('aria-valuenow="83"');
    expect(html).toContain('aria-valuetext="83 out of 100"');
    expect(html).toContain("width:83%");
    expect(html).toContain("Speaks Spanish");
    expect(html).toContain("30 of 40 points");
  });

  it("list every reason once, in order", () => {
    const html = renderToStaticMarkup(createElement(ScoreBreakdown, { reasons }));
    const order = reasons.map((r) => html.indexOf(r.words));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("explain an exclusion in words, and render nothing for an unknown mentor", () => {
    const html = renderToStaticMarkup(
      createElement(MatchExplanation, { explanation: { kind: "excluded", mentor: { handle: "bo", displayName: "Bo" }, reason: "full", words: "Full: every place is taken right now." } }),
    );
    expect(html).toContain("Full: every place is taken right now.");
    expect(html).not.toContain('role="meter"');
    expect(renderToStaticMarkup(createElement(MatchExplanation, { explanation: { kind: "unknown-mentor" } }))).toBe("");
  });

  it("link each hint to where the setting changes", () => {
    const html = renderToStaticMarkup(createElement(WidenHints, { hints: [{ key: "add-topics", text: "Add topics.", href: "/account/profile" }] }));
    expect(html).toContain("Add topics.");
    expect(html).toContain('href="/account/profile"');
    expect(renderToStaticMarkup(createElement(WidenHints, { hints: [] }))).toBe("");
  });
});
