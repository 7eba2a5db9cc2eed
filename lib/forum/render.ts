import "server-only";
import { renderMarkdown } from "@/lib/markdown/render";

// Post bodies go through the one sanitizing Markdown pipeline
// (lib/markdown/render). It costs about a millisecond a post, so a page of
// 20 posts would spend most of its time there: rendered HTML is kept in a
// small LRU keyed by the Markdown itself, so an edit (a new body) can never
// be served stale, whoever changed it.

const MAX_ENTRIES = 2000;
const MAX_CHARS = 8_000_000; // Markdown and HTML together, about 16 MB of strings at most

const cache = new Map<string, string>();
let chars = 0;

export function renderPostBody(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) {
    // Most recently used last.
    cache.delete(markdown);
    cache.set(markdown, hit);
    return hit;
  }
  const html = renderMarkdown(markdown);
  const size = markdown.length + html.length;
  if (size > MAX_CHARS / 100) return html; // a very long post is rendered each time rather than evict many
  cache.set(markdown, html);
  chars += size;
  for (const [key, value] of cache) {
    if (cache.size <= MAX_ENTRIES && chars <= MAX_CHARS) break;
    cache.delete(key);
    chars -= key.length + value.length;
  }
  return html;
}
