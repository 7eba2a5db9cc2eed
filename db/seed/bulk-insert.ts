import type { Statement } from "better-sqlite3";
import type { Db } from "@/db/client";

// Multi-row INSERTs for the seed's bulk writes (insert-forum.ts,
// insert-activity.ts): building a Drizzle query per chunk cost more than
// SQLite's work, so rows go in as plain positional values.

/** SQLite's default limit on bound parameters in one statement (SQLITE_MAX_VARIABLE_NUMBER). */
const MAX_PARAMS = 32_766;
/** Rows per INSERT: past a few hundred, bigger statements gain nothing. */
const MAX_ROWS = 500;

/** Buffers rows and writes them by multi-row INSERTs, one prepared statement per row count. */
export class BulkInsert {
  private readonly rowsPerStatement: number;
  private readonly statements = new Map<number, Statement>();
  private values: unknown[] = [];
  private rows = 0;

  constructor(
    private readonly db: Db,
    private readonly head: string,
    private readonly columns: number,
  ) {
    this.rowsPerStatement = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns));
  }

  add(...row: unknown[]): void {
    for (const value of row) this.values.push(value);
    if (++this.rows === this.rowsPerStatement) this.flush();
  }

  flush(): void {
    if (this.rows === 0) return;
    let statement = this.statements.get(this.rows);
    if (!statement) {
      const tuple = `(${Array(this.columns).fill("?").join(", ")})`;
      statement = this.db.$client.prepare(`${this.head} VALUES ${Array(this.rows).fill(tuple).join(", ")}`);
      this.statements.set(this.rows, statement);
    }
    statement.run(this.values);
    this.values = [];
    this.rows = 0;
  }
}

/**
 * The id the table's next row would follow: past both its highest id and
 * AUTOINCREMENT's mark, so no deleted row's id comes back. Rows given ids
 * from here need no RETURNING to be referred to.
 */
export function lastId(db: Db, table: "forum_threads" | "mentorship_requests" | "mentorships"): number {
  return (
    db.$client.prepare(`SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), coalesce((SELECT max(id) FROM ${table}), 0)) AS n`).get(table) as { n: number }
  ).n;
}
