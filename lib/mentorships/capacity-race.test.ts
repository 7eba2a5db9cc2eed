import { Worker } from "node:worker_threads";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mentorshipRequests, mentorships } from "@/db/schema";
import { addMember, addMentor } from "@/lib/testing/members";
import { createTestDatabase } from "@/lib/testing/test-db";
import { sendRequest } from "./requests";

const input = { message: "I would like help preparing my first conference talk.", goals: ["Give a talk"] };

function accept(file: string, mentorId: number, requestId: number, barrier: SharedArrayBuffer) {
  const worker = new Worker(new URL("./capacity-race.worker.mjs", import.meta.url), { workerData: { file, mentorId, requestId, barrier }, execArgv: ["--conditions=react-server"] });
  return new Promise<{ ok: boolean; message?: string; crashed?: string }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`worker exited with ${code} before answering`)));
  });
}

describe("two accepts racing for the last place", () => {
  it("give one mentorship and one clear refusal, every time", async () => {
    for (let round = 0; round < 5; round++) {
      const { db, file } = createTestDatabase();
      const mentor = addMentor(db, "mia", { capacity: 1 });
      const ids = ["ann", "ben"].map((h) => {
        const r = sendRequest(db, { actor: addMember(db, h), mentorHandle: mentor.handle, input });
        if (!r.ok) throw new Error(r.message);
        return r.requestId;
      });
      const barrier = new SharedArrayBuffer(8);
      const flag = new Int32Array(barrier);
      const results = ids.map((id) => accept(file, mentor.id, id, barrier));
      // Both workers connected and waiting: let them go at once.
      while (Atomics.load(flag, 1) < 2) await new Promise((r) => setTimeout(r, 5));
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      const outcomes = await Promise.all(results);

      expect(outcomes.filter((o) => o.crashed)).toEqual([]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ok).map((o) => o.message)).toEqual([expect.stringContaining("no free places left")]);
      expect(db.select().from(mentorships).where(eq(mentorships.mentorId, mentor.id)).all()).toHaveLength(1);
      expect(db.select({ status: mentorshipRequests.status }).from(mentorshipRequests).all().map((r) => r.status).sort()).toEqual(["accepted", "pending"]);
    }
  }, 60_000);
});
