import { sql, type Placeholder } from "drizzle-orm";
import type { SQLiteInsertValue } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { profiles, users } from "@/db/schema";
import { pickHandle } from "@/lib/accounts/handles";
import { EMPTY_PROFILE } from "@/lib/profiles/empty-profile";
import type { CommunityMember } from "./community";

// Writes a generated community (db/seed/community.ts) in bulk: one
// transaction; emails and handles checked against Sets loaded once instead of
// a query per member; rows written by multi-row INSERTs prepared once and
// run again and again with new values (building a Drizzle query per chunk
// cost more than SQLite's work). 60,000 members take a few seconds.

/** SQLite's default limit on bound parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_PARAMS = 32_766;
/** Rows per INSERT: past a few hundred, bigger statements gain nothing. */
const MAX_ROWS = 500;

type UserRow = { email: string; passwordHash: string; displayName: string; handle: string; role: CommunityMember["role"]; createdAt: Date; updatedAt: Date };
type ProfileRow = { userId: number; updatedAt: Date } & CommunityMember["profile"];

const USER_KEYS = ["email", "passwordHash", "displayName", "handle", "role", "createdAt", "updatedAt"] as const satisfies readonly (keyof UserRow)[];
// Every field the generator fills in (EMPTY_PROFILE has them all).
const PROFILE_KEYS = ["userId", "updatedAt", ...Object.keys(EMPTY_PROFILE)] as (keyof ProfileRow)[];

/**
 * Runs `rows` through statements of up to MAX_ROWS rows whose values are
 * placeholders ("email_0", "handle_0", "email_1"…), prepared once per size:
 * Drizzle still maps each value to the column (JSON arrays, booleans).
 */
function inChunks<Row, Out>(rows: readonly Row[], keys: readonly (keyof Row & string)[], prepare: (placeholders: Record<string, Placeholder>[]) => (values: Record<string, unknown>) => Out[]): Out[] {
  const size = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / keys.length));
  const names = Array.from({ length: Math.min(size, rows.length) }, (_, i) => keys.map((key) => `${key}_${i}`));
  const statements = new Map<number, (values: Record<string, unknown>) => Out[]>();
  const out: Out[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    let run = statements.get(chunk.length);
    if (!run) {
      run = prepare(names.slice(0, chunk.length).map((row) => Object.fromEntries(row.map((name, k) => [keys[k], sql.placeholder(name)]))));
      statements.set(chunk.length, run);
    }
    const values: Record<string, unknown> = {};
    chunk.forEach((row, i) => keys.forEach((key, k) => (values[names[i]![k]!] = row[key])));
    for (const result of run(values)) out.push(result);
  }
  return out;
}

function existingEmails(db: Db): Set<string> {
  return new Set(db.select({ email: users.email }).from(users).all().map((u) => u.email));
}

/** The members whose email has no account yet: those insertCommunity would create. */
export function missingMembers(db: Db, members: readonly CommunityMember[]): CommunityMember[] {
  const taken = existingEmails(db);
  return members.filter((m) => !taken.has(m.email));
}

/**
 * Creates each member whose email has no account yet, with a profile row, in
 * one transaction; a member whose email exists is left as it is. Every new
 * account gets `passwordHash` (hashed once by the caller). Handles are picked
 * as freeHandle would, in member order, so the same members on the same
 * database get the same handles. Each account and its profile are dated
 * `joinedAgo` seconds before `now` (default: the present), as if the member
 * signed up then and has not edited anything since. Returns how many
 * accounts were created.
 */
export function insertCommunity(db: Db, members: readonly CommunityMember[], passwordHash: string, { now = new Date() }: { now?: Date } = {}): number {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const joined = (m: CommunityMember) => new Date((nowSeconds - m.joinedAgo) * 1000);
  return db.transaction((tx) => {
    const emails = existingEmails(tx as unknown as Db);
    const handles = new Set(tx.select({ handle: users.handle }).from(users).all().map((u) => u.handle));
    const isTaken = (handle: string) => handles.has(handle);

    const fresh: CommunityMember[] = [];
    const userRows: UserRow[] = [];
    for (const member of members) {
      if (emails.has(member.email)) continue;
      emails.add(member.email);
      const handle = pickHandle(member.displayName, isTaken);
      handles.add(handle);
      fresh.push(member);
      const at = joined(member);
      userRows.push({ email: member.email, passwordHash, displayName: member.displayName, handle, role: member.role, createdAt: at, updatedAt: at });
    }

    // RETURNING gives no order guarantee, so ids are matched back by email.
    const created = inChunks(userRows, USER_KEYS, (rows) => {
      const statement = tx
        .insert(users)
        .values(rows as SQLiteInsertValue<typeof users>[])
        .returning({ id: users.id, email: users.email })
        .prepare();
      return (values) => statement.all(values);
    });
    const ids = new Map(created.map((u) => [u.email, u.id]));

    const profileRows: ProfileRow[] = fresh.map((m) => ({ userId: ids.get(m.email)!, updatedAt: joined(m), ...m.profile }));
    inChunks(profileRows, PROFILE_KEYS, (rows) => {
      const statement = tx
        .insert(profiles)
        .values(rows as SQLiteInsertValue<typeof profiles>[])
        .prepare();
      return (values) => {
        statement.run(values);
        return [];
      };
    });
    return fresh.length;
  });
}
