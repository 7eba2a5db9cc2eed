import "server-only";
import { and, desc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mentorshipMessages, users } from "@/db/schema";
import { renderMarkdown } from "@/lib/markdown/render";
import { ENDED_MESSAGE, fieldErrorsOf, isRowId, refuse, stillActive, writableMembership, type Result } from "./access";
import { notifyNewMessage } from "./notifications";
import { messageSchema, SPACE_LIMITS } from "./space-schema";

// The pair's conversation: Markdown, stored as typed and rendered through the
// one sanitizing pipeline (lib/markdown/render) when shown, so no script, raw
// HTML or javascript: link written here ever runs.

export type Message = { id: number; authorId: number | null; authorName: string; mine: boolean; html: string; createdAt: Date };
export type MessagePage = {
  /** Oldest first: the newest message is at the bottom. */
  messages: Message[];
  /** Pass as `before` to see the page of older messages; null when these are the first ones. */
  olderBefore: number | null;
  /** True when this is an older page, with newer messages after it. */
  hasNewer: boolean;
};

/** The last `limit` messages (before the message `before`, when given). The caller has checked membership. */
export function messagesOf(
  db: Db,
  { mentorshipId, viewerId, before, limit = SPACE_LIMITS.messagesShown }: { mentorshipId: number; viewerId: number; before?: number | null; limit?: number },
): MessagePage {
  const cursor = isRowId(before) ? before : null;
  const rows = db
    .select({ id: mentorshipMessages.id, authorId: mentorshipMessages.authorId, authorName: users.displayName, body: mentorshipMessages.body, createdAt: mentorshipMessages.createdAt })
    .from(mentorshipMessages)
    .leftJoin(users, eq(users.id, mentorshipMessages.authorId))
    .where(and(eq(mentorshipMessages.mentorshipId, mentorshipId), cursor ? lt(mentorshipMessages.id, cursor) : undefined))
    .orderBy(desc(mentorshipMessages.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit).reverse();
  const hasNewer =
    cursor !== null &&
    !!db
      .select({ id: mentorshipMessages.id })
      .from(mentorshipMessages)
      .where(and(eq(mentorshipMessages.mentorshipId, mentorshipId), gte(mentorshipMessages.id, cursor)))
      .limit(1)
      .get();
  return {
    messages: page.map((m) => ({
      id: m.id,
      authorId: m.authorId,
      authorName: m.authorName ?? "A former member",
      mine: m.authorId === viewerId,
      html: renderMarkdown(m.body),
      createdAt: m.createdAt,
    })),
    olderBefore: rows.length > limit && page[0] ? page[0].id : null,
    hasNewer,
  };
}

export function sendMessage(db: Db, { mentorshipId, userId, body, now = new Date() }: { mentorshipId: number; userId: number; body: string; now?: Date }): Result<{ messageId: number }> {
  const access = writableMembership(db, { mentorshipId, userId, now });
  if (!access.ok) return access;
  const parsed = messageSchema.safeParse({ body });
  if (!parsed.success) return refuse("Please correct the message.", 400, fieldErrorsOf(parsed.error));
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      if (!stillActive(t, mentorshipId)) return refuse(ENDED_MESSAGE);
      const row = t.insert(mentorshipMessages).values({ mentorshipId, authorId: userId, body: parsed.data.body, createdAt: now }).returning({ id: mentorshipMessages.id }).get();
      const { me, other } = access.membership;
      notifyNewMessage(t, { mentorshipId, sender: me, recipientId: other.id, now });
      return { ok: true as const, messageId: row.id };
    },
    { behavior: "immediate" },
  );
}
