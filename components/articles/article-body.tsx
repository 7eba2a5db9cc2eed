// The HTML comes from lib/markdown/render, which sanitizes it.
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose prose-stone max-w-none prose-headings:font-serif prose-a:text-brand-700 prose-li:my-1"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
