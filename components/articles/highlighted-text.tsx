import { MARK_END, MARK_START } from "@/lib/articles/search-markers";

// Search snippets arrive with control-character markers around matches; they
// become <mark> elements here, so user text is never parsed as HTML.
export function HighlightedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`, "u"));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(MARK_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}
