import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { allSeedFiles, seedFile } from "@/lib/testing/seed-files";
import { createTestDatabase } from "@/lib/testing/test-db";
import { importArticles, ImportFailed } from "./import-articles";

const encode = (text: string) => new TextEncoder().encode(text);
const rows = (db: Db) => db.select({ n: count() }).from(articles).get()!.n;

describe("importArticles", () => {
  let db: Db;
  beforeEach(() => {
    db = createTestDatabase().db;
  });

  it("imports the five seeds, and a second run changes nothing", () => {
    const first = importArticles(db, allSeedFiles());
    expect(first.map((o) => o.status)).toEqual(Array(5).fill("created"));
    const before = db.select().from(articles).all();

    const second = importArticles(db, allSeedFiles());
    expect(second.map((o) => o.status)).toEqual(Array(5).fill("unchanged"));
    expect(db.select().from(articles).all()).toEqual(before);
  });

  it("updates the same article when its source changes, without duplicating it", () => {
    importArticles(db, [seedFile("003_705c662b442b4c30.txt")]);
    const original = db.select().from(articles).get()!;
    const edited = new TextDecoder().decode(seedFile("003_705c662b442b4c30.txt").content).replace("3 min read", "4 min read");

    const [outcome] = importArticles(db, [{ file: "003_705c662b442b4c30.txt", content: encode(edited) }]);
    expect(outcome?.status).toBe("updated");
    expect(rows(db)).toBe(1);
    const updated = db.select().from(articles).where(eq(articles.id, original.id)).get()!;
    expect(updated.readingMinutes).toBe(4);
    expect(updated.slug).toBe(original.slug);
  });

  it("writes nothing when any file of the batch is malformed, and names that file", () => {
    const files = [...allSeedFiles(), { file: "broken.md", content: encode("---\ntitle: [oops\n---\ntext") }];
    expect(() => importArticles(db, files)).toThrow(ImportFailed);
    expect(() => importArticles(db, files)).toThrow(/^broken\.md: front matter is not valid YAML/);
    expect(rows(db)).toBe(0);
  });

  it("refuses the same source twice in one batch", () => {
    const file = seedFile("000_fa308e2b31469866.txt");
    expect(() => importArticles(db, [file, { ...file, file: "copy.txt" }])).toThrow(/copy\.txt: it is the same article as 000_/);
    expect(rows(db)).toBe(0);
  });

  it("gives a different source with the same title its own slug", () => {
    importArticles(db, [{ file: "a.txt", content: encode("Topic\n\nSame Title\n\n1 min read\n\nText one.") }]);
    const [second] = importArticles(db, [{ file: "b.txt", content: encode("Topic\n\nSame Title\n\n1 min read\n\nText two.") }]);
    expect(second?.slug).toBe("same-title-2");
    expect(rows(db)).toBe(2);
  });

  it("keeps the full-text index in step with inserts and updates", () => {
    importArticles(db, [{ file: "a.txt", content: encode("T\n\nA Title\n\n1 min read\n\nAbout zebras.") }]);
    const match = (word: string) =>
      db.$client.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?").get(word) as { n: number };
    expect(match("zebras").n).toBe(1);
    importArticles(db, [{ file: "a.txt", content: encode("T\n\nA Title\n\n1 min read\n\nAbout giraffes.") }]);
    expect(match("zebras").n).toBe(0);
    expect(match("giraffes").n).toBe(1);
  });
});
