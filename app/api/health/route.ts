import { countArticles } from "@/lib/articles/queries";

// Readiness for tests and the benchmark: answers once the database is reachable.
export async function GET() {
  return Response.json({ ok: true, articles: await countArticles() });
}
