// Runs in a worker thread with its own connection, opened as the app opens
// one (WAL, busy_timeout): writes to backup_probe as fast as it can until told
// to stop, as a busy server would while a backup or a restore runs.
//
// Each transaction inserts two rows, ids max(id)+1 and max(id)+2, both
// carrying the transaction's sequence number `seq` (1, 2, 3… as this writer
// committed them) and `half` 0 and 1. A consistent copy therefore holds ids
// 1..n without gaps, n even, each pair with one seq. The ids come from the
// table itself, so after a restore the writer carries on from the restored
// rows rather than leaving a gap.
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "./client";

export type WriterSummary = { committed: number; lastIds: number[]; problems: string[]; quickCheck: string };

const { file, control } = workerData as { file: string; control: SharedArrayBuffer };
const flags = new Int32Array(control); // [0] stop, [1] transactions committed
const sqlite = openDatabase(file).$client;
const nextId = sqlite.prepare("SELECT coalesce(max(id), 0) + 1 FROM backup_probe").pluck();
const insert = sqlite.prepare("INSERT INTO backup_probe (id, seq, half, payload) VALUES (?, ?, ?, randomblob(200))");
const readBack = sqlite.prepare("SELECT id, half FROM backup_probe WHERE seq = ? ORDER BY id");
// IMMEDIATE: the id is read and used in one write transaction, so a commit by
// another connection (the restore) cannot slip in between.
const write = sqlite.transaction((seq: number) => {
  const id = nextId.get() as number;
  insert.run(id, seq, 0);
  insert.run(id + 1, seq, 1);
  return [id, id + 1];
});

const problems: string[] = [];
let lastIds: number[] = [];
let seq = 0;
while (Atomics.load(flags, 0) === 0 && problems.length === 0) {
  try {
    const ids = write.immediate(seq + 1);
    seq++;
    Atomics.store(flags, 1, seq);
    lastIds = ids;
    // What was just committed must read back as written, whatever happened
    // to the file around it.
    const rows = readBack.all(seq) as { id: number; half: number }[];
    if (rows.length !== 2 || rows[0]!.id !== ids[0] || rows[1]!.id !== ids[1] || rows[0]!.half !== 0 || rows[1]!.half !== 1) {
      problems.push(`transaction ${seq} reads back as ${JSON.stringify(rows)}, wrote ids ${ids.join(", ")}`);
    }
  } catch (error) {
    problems.push(`transaction ${seq + 1}: ${String(error)}`);
  }
}
const quickCheck = (sqlite.pragma("quick_check", { simple: false }) as { quick_check: string }[]).map((r) => r.quick_check).join("; ");
sqlite.close();
parentPort!.postMessage({ committed: seq, lastIds, problems, quickCheck } satisfies WriterSummary);
