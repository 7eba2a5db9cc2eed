import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, users, type Role } from "@/db/schema";
import { isStaff } from "@/lib/accounts/role-checks";
import { activeSuspension } from "@/lib/accounts/suspension";
import type { PublicUser } from "@/lib/accounts/users";
import { formatDate } from "@/lib/format";
import { freeSlug } from "./free-slug";
import type { GuidanceInput } from "./guidance-schema";
import { parseMarkdown, toPlainText } from "./import/markdown-tree";
import { readingMinutes } from "./reading-time";
import { articleSlug, slugify } from "./slug";

// Guidance written here by members. Every function takes the acting user and
// checks what they may do, so no route can forget it.

const WRITERS: readonly Role[] = ["mentor", "moderator", "admin"];

export const canWriteGuidance = (user: Pick<PublicUser, "role">) => WRITERS.includes(user.role);

export type GuidanceResult = { ok: true; id: number; slug: string; status: "draft" | "published" | "unpublished" } | { ok: false; status: 403 | 404; message: string };

const NOT_FOUND = { ok: false, status: 404, message: "That article does not exist." } as const;
const NOT_A_WRITER = { ok: false, status: 403, message: "Publish a mentor profile to write guidance articles." } as const;

/** A suspended member reads but does not write or moderate (lib/accounts/suspension): a 403 saying until when, or null. */
function suspendedRefusal(db: Db, actor: PublicUser, what: string): GuidanceResult | null {
  const s = activeSuspension(db, { userId: actor.id });
  return s ? { ok: false, status: 403, message: `Your account is suspended until ${formatDate(s.until)}${s.reason ? `: ${s.reason}` : ""}. You can read, but not ${what}.` } : null;
}

function fields(input: GuidanceInput, author: PublicUser) {
  const bodyMarkdown = input.body.trim() + "\n";
  const bodyText = toPlainText(parseMarkdown(bodyMarkdown));
  const topic = input.topic || null;
  return {
    title: input.title,
    summary: input.summary,
    topic,
    topicSlug: topic ? slugify(topic) : null,
    bodyMarkdown,
    bodyText,
    author: author.displayName,
    readingMinutes: readingMinutes(bodyText),
    contentHash: createHash("sha256").update(JSON.stringify(input)).digest("hex"),
  };
}

function ownArticle(db: Db, { actor, id }: { actor: PublicUser; id: number }) {
  return db.select().from(articles).where(and(eq(articles.id, id), eq(articles.authorId, actor.id))).get();
}

/**
 * Saves a new or existing article of the actor's, as a draft or published.
 * Someone else's article is "not found": its existence is not revealed. An
 * article a moderator unpublished can be edited and published again; its
 * reason is cleared then.
 */
export function saveGuidance(
  db: Db,
  { actor, id, input, publish, today = new Date().toISOString().slice(0, 10) }: { actor: PublicUser; id?: number; input: GuidanceInput; publish: boolean; today?: string },
): GuidanceResult {
  if (!canWriteGuidance(actor)) return NOT_A_WRITER;
  const suspended = suspendedRefusal(db, actor, "write or publish articles");
  if (suspended) return suspended;
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const values = fields(input, actor);
    if (id === undefined) {
      const status = publish ? "published" : "draft";
      const row = txDb
        .insert(articles)
        .values({
          ...values,
          sourceKey: `written:${randomBytes(9).toString("base64url")}`,
          slug: freeSlug(txDb, articleSlug(input.title)),
          sourceFormat: "written",
          authorId: actor.id,
          status,
          publishedOn: publish ? today : null,
        })
        .returning({ id: articles.id, slug: articles.slug })
        .get();
      return { ok: true, ...row, status };
    }
    const existing = ownArticle(txDb, { actor, id });
    if (!existing) return NOT_FOUND;
    // A published article stays published when edited; "save draft" on it takes it down.
    const status = publish ? "published" : "draft";
    // Its address stays once it has been public, so links keep working.
    const slug = existing.status === "draft" && existing.publishedOn === null ? freeSlug(txDb, articleSlug(input.title), id) : existing.slug;
    txDb
      .update(articles)
      .set({
        ...values,
        slug,
        status,
        publishedOn: existing.publishedOn ?? (publish ? today : null),
        unpublishedReason: publish ? null : existing.unpublishedReason,
        updatedAt: new Date(),
      })
      .where(eq(articles.id, id))
      .run();
    return { ok: true, id, slug, status };
  });
}

export function listOwnGuidance(db: Db, { actor }: { actor: PublicUser }) {
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, status: articles.status, unpublishedReason: articles.unpublishedReason, updatedAt: articles.updatedAt })
    .from(articles)
    .where(eq(articles.authorId, actor.id))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .all();
}

/** The actor's own article for editing; null for anyone else's, drafts included. */
export function getOwnGuidance(db: Db, { actor, id }: { actor: PublicUser; id: number }) {
  const row = ownArticle(db, { actor, id });
  return row
    ? { id: row.id, slug: row.slug, title: row.title, summary: row.summary, topic: row.topic ?? "", body: row.bodyMarkdown, status: row.status, unpublishedReason: row.unpublishedReason }
    : null;
}

/** Published guidance written here, for moderators. */
export function listPublishedGuidance(db: Db, { actor }: { actor: PublicUser }) {
  if (!isStaff(actor)) return null;
  return db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, authorName: users.displayName, authorHandle: users.handle })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.updatedAt))
    .limit(100)
    .all();
}

export function unpublishGuidance(db: Db, { actor, articleId, reason }: { actor: PublicUser; articleId: number; reason: string }): GuidanceResult {
  if (!isStaff(actor)) return { ok: false, status: 403, message: "Only moderators and admins can unpublish articles." };
  const suspended = suspendedRefusal(db, actor, "unpublish articles");
  if (suspended) return suspended;
  const row = db
    .update(articles)
    .set({ status: "unpublished", unpublishedReason: reason, updatedAt: new Date() })
    .where(and(eq(articles.id, articleId), eq(articles.status, "published")))
    .returning({ id: articles.id, slug: articles.slug })
    .get();
  return row ? { ok: true, ...row, status: "unpublished" } : NOT_FOUND;
}
