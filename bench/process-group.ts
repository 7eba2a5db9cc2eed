// The benchmark and the soak start `next start` in a process group of its
// own and end the whole group: ending npm's or npx's pid leaves next-server
// running.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * True while a process of the group led by pid is running. A zombie does not
 * count: killed grandchildren (sh, next-server) are re-parented to PID 1,
 * which may reap them only seconds later, yet they hold no socket and run
 * nothing. Reads /proc where there is one; elsewhere any member, zombie or
 * not, counts.
 */
export function groupAlive(pid: number): boolean {
  if (existsSync("/proc/self/stat")) {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue; // exited meanwhile
      }
      // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pid && state !== "Z") return true;
    }
    return false;
  }
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Ctrl-C or a kill must still stop a detached server, which does not get the
 * terminal's signal itself. `on`, not `once`: under npm and tsx the signal
 * arrives twice (from the terminal's process group and relayed by tsx), and a
 * second one with no listener would end the process before `cleanup` is done.
 */
export function stopOnSignal(cleanup: () => Promise<void>, what: string): void {
  let stopping = false;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping ${what}`);
      void cleanup().finally(() => process.exit(code));
    });
  }
}
