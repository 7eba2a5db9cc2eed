// Runs in a worker thread with its own SQLite connection: accepts one request
// the moment the test lifts the barrier, as a second server process would.
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase } from "@/db/client";
import { acceptRequest } from "./requests";

const { file, mentorId, requestId, barrier } = workerData as { file: string; mentorId: number; requestId: number; barrier: SharedArrayBuffer };
const db = openDatabase(file);
const flag = new Int32Array(barrier);
Atomics.add(flag, 1, 1); // ready
Atomics.wait(flag, 0, 0); // until the test says go
try {
  parentPort!.postMessage(acceptRequest(db, { actor: { id: mentorId }, requestId }));
} catch (error) {
  parentPort!.postMessage({ ok: false, crashed: String(error) });
}
db.$client.close();
