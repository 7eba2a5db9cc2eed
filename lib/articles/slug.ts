// Segments of /articles/... that are routes of their own, not article slugs.
const RESERVED = new Set(["page", "topic", "new", "feed"]);

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, "");
  return cut || "article";
}

export function articleSlug(text: string): string {
  const slug = slugify(text);
  return RESERVED.has(slug) ? `${slug}-article` : slug;
}
