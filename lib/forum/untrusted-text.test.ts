import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { forumPosts, forumThreads } from "@/db/schema";
import { ThreadHeader } from "@/components/forum/thread-header";
import { ThreadList } from "@/components/forum/thread-list";
import { ForumSearchResults } from "@/components/forum/search-results";
import { CategoryList } from "@/components/forum/category-list";
import { listCategories } from "./categories";
import { replyToThread } from "./posts";
import { searchForum } from "./search";
import { listThreads } from "./threads";
import { loadThread } from "./thread-view";
import { at, MINUTE, setup, thread } from "./test-fixtures";

// The forms under a post are client components bound to server actions;
// rendering the card needs only their markup.
vi.mock("@/app/forum/actions", () => ({
  likeAction: vi.fn(),
  deletePostAction: vi.fn(),
  markAnswerAction: vi.fn(),
  unmarkAnswerAction: vi.fn(),
}));
const { PostCard } = await import("@/components/forum/post-card");

const HOSTILE_TITLE = `<script>alert("t")</script><img src=x onerror=alert(1)> "quoted" & more`;
const HOSTILE_BODY = [
  "Hello <script>alert(1)</script> **bold**",
  "[click me](javascript:alert(1)) and [site](https://example.org/page) and <https://auto.example>",
  '<img src=x onerror="alert(1)"> <iframe src="https://evil.example"></iframe> <a href="#" onclick="steal()">x</a>',
  '<div style="position:fixed" onmouseover="x()">raw html block</div>',
  "![pic](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)",
  '<svg><script>alert(3)</script></svg> <math><mi xlink:href="javascript:alert(4)">x</mi></math>',
  "_fine_",
].join("\n\n");

// An event-handler attribute inside a tag (escaped text such as "&lt;img onerror=" is harmless).
const ON_ATTRIBUTE = /<[^>]*\son[a-z]+\s*=/i;

describe("untrusted text in the forum", () => {
  it("a post body never becomes markup: no script, no raw HTML, no event handler, no javascript: link; links are nofollow ugc", () => {
    const { db, lena, sam, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id, title: HOSTILE_TITLE, body: HOSTILE_BODY });
    replyToThread(db, { actor: sam, threadId, body: HOSTILE_BODY, now: at(MINUTE) });
    const view = loadThread(db, { actor: sam, threadId })!;
    for (const post of view.posts) {
      const html = post.html!;
      expect(html).not.toMatch(/<script|<img[^>]+onerror|<iframe|<div|<svg|<math|style=|javascript:|data:text/i);
      expect(html).not.toMatch(ON_ATTRIBUTE);
      expect(html).toContain("<strong>bold</strong>");
      expect(html).toContain("<em>fine</em>");
      const links = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
      expect(links.length).toBeGreaterThanOrEqual(2);
      for (const a of links) {
        const rel = /rel="([^"]*)"/.exec(a)?.[1] ?? "";
        expect(rel.split(" ")).toEqual(expect.arrayContaining(["nofollow", "ugc"]));
      }
    }
    // Stored as typed: only the rendering is sanitized.
    expect(db.select({ body: forumPosts.body }).from(forumPosts).all()[0]!.body).toBe(HOSTILE_BODY);
    expect(db.select({ title: forumThreads.title }).from(forumThreads).all()[0]!.title).toBe(HOSTILE_TITLE);
  });

  it("a title is plain text wherever it shows: thread header, lists, /forum, search", () => {
    const { db, lena, sam, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id, title: HOSTILE_TITLE, body: "alert body" });
    replyToThread(db, { actor: sam, threadId, body: HOSTILE_BODY, now: at(MINUTE) });
    const view = loadThread(db, { actor: sam, threadId })!;
    const search = searchForum(db, { viewer: null, q: "alert" });
    const pages = [
      renderToStaticMarkup(createElement(ThreadHeader, { thread: view.thread })),
      renderToStaticMarkup(createElement(ThreadList, { threads: listThreads(db, { viewer: null, categoryId: category.id }).threads })),
      renderToStaticMarkup(createElement(CategoryList, { categories: listCategories(db) })),
      renderToStaticMarkup(createElement(ForumSearchResults, { query: "<b>alert</b>", outcome: search, hrefFor: () => "/forum/search" })),
    ];
    for (const html of pages) {
      expect(html).not.toMatch(/<script|<img|<b>/i);
      expect(html).not.toMatch(ON_ATTRIBUTE);
      expect(html).toMatch(/&lt;script&gt;/);
    }
    expect(pages[3]).toContain("<mark>alert</mark>");
  });

  it("a post card shows the sanitized body, the author's badge, the time and the edited mark, and renders the tools slot", () => {
    const { db, lena, marco, category } = setup();
    const { threadId } = thread(db, { author: lena, categoryId: category.id });
    const reply = replyToThread(db, { actor: marco, threadId, body: HOSTILE_BODY, now: at(MINUTE) });
    if (!reply.ok) throw new Error(reply.message);
    db.update(forumPosts).set({ editedAt: at(2 * MINUTE) }).run();
    const post = loadThread(db, { actor: lena, threadId })!.posts[1]!;
    const rendered = renderToStaticMarkup(createElement(PostCard, { post, threadId, page: 1, tools: createElement("p", null, "MODERATION TOOLS") }));
    // Outside a Next server, React appends its own form-replay script after the markup: leave it out.
    const html = rendered.slice(0, rendered.indexOf("</article>") + "</article>".length);
    expect(html).not.toMatch(/<script|<iframe/i);
    expect(html).not.toMatch(ON_ATTRIBUTE);
    expect(html).toContain('href="/u/marco"');
    expect(html).toContain(">Mentor</span>");
    expect(html).toContain(`<time dateTime="${at(MINUTE).toISOString()}">2 Mar 2026, 10:01 UTC</time>`);
    expect(html).toContain(">edited</span>");
    expect(html).toContain("MODERATION TOOLS");
    expect(html).toMatch(/<button[^>]*aria-pressed="false"[^>]*>.*Like<\/button>/);
    expect(html).toContain("Mark as answer");
    expect(html).toContain(`href="/forum/t/${threadId}?quote=${post.id}#reply"`);
    expect(html).not.toContain("Delete post");
  });
});
