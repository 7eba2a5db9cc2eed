// The soak's own `next start`, in its own process group so that one signal
// reaches all of it: `npx next start` runs next-server as a grandchild, and
// signalling npx's pid alone leaves next-server serving.
import { spawn, type ChildProcess } from "node:child_process";
import { groupAlive, signalGroup } from "../process-group";
import net from "node:net";

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// npm's own notices (about the user's npmrc) are not the server's output.
function lines(chunk: Buffer): string[] {
  return chunk
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("npm warn"));
}

export class NextServer {
  readonly child: ChildProcess;
  readonly pid: number;
  private readonly tail: string[] = [];
  /** Every line the server wrote to stderr (errors it logged: a 500's stack, say). */
  readonly stderr: string[] = [];

  constructor(
    readonly origin: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn("npx", ["next", "start"], { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
    if (this.child.pid === undefined) throw new Error("could not start npx next start");
    this.pid = this.child.pid;
    live.add(this.pid);
    // The pipes must be drained or the server blocks once their buffer fills.
    this.child.stdout?.on("data", (chunk: Buffer) => this.keep(lines(chunk)));
    this.child.stderr?.on("data", (chunk: Buffer) => {
      const l = lines(chunk);
      this.stderr.push(...l);
      this.keep(l);
    });
  }

  private keep(l: string[]): void {
    this.tail.push(...l);
    if (this.tail.length > 60) this.tail.splice(0, this.tail.length - 60);
  }

  output(): string {
    return this.tail.map((l) => `    ${l}`).join("\n");
  }

  alive(): boolean {
    return groupAlive(this.pid);
  }

  /**
   * Waits for the port to accept connections and for /api/health to answer
   * {ok: true}; resolves with when each happened (Date.now()). Fails if the
   * server exits first or is not healthy within a minute.
   */
  async waitUntilReady(): Promise<{ listeningAt: number; healthyAt: number }> {
    let listeningAt: number | undefined;
    const listening = (async () => {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (Date.now() < deadline && listeningAt === undefined) {
        if (await accepts(new URL(this.origin))) listeningAt = Date.now();
        else await sleep(50);
      }
    })();
    await this.waitForHealth();
    const healthyAt = Date.now();
    await listening;
    return { listeningAt: listeningAt ?? healthyAt, healthyAt };
  }

  /** Waits for /api/health to answer {ok: true}; fails if the server exits first or takes over a minute. */
  async waitForHealth(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`next start exited (${this.child.signalCode ?? `code ${this.child.exitCode}`}) before it was ready:\n${this.output()}`);
      }
      try {
        // A generous timeout: right after a restart the health check queues
        // behind every writer's request, and aborting it to retry would only
        // send it to the back of the queue again.
        const response = await fetch(`${this.origin}/api/health`, { signal: AbortSignal.timeout(15_000) });
        const body = (await response.json()) as { ok?: unknown };
        if (response.ok && body.ok === true) return;
      } catch {
        // Not listening yet, or still booting.
      }
      await sleep(100);
    }
    throw new Error(`server not ready within ${READY_TIMEOUT_MS / 1000} s:\n${this.output()}`);
  }

  /** SIGKILL to the whole group, as a crash or the OOM killer would; resolves once no process of it is left. */
  async crash(): Promise<void> {
    signalGroup(this.pid, "SIGKILL");
    const deadline = Date.now() + STOP_GRACE_MS;
    while (groupAlive(this.pid)) {
      if (Date.now() > deadline) throw new Error(`process group ${this.pid} still alive ${STOP_GRACE_MS / 1000} s after SIGKILL`);
      await sleep(20);
    }
    live.delete(this.pid);
  }

  /** SIGTERM to the group, SIGKILL after 5 s if anything of it is still there. */
  async stop(): Promise<void> {
    if (!groupAlive(this.pid)) {
      live.delete(this.pid);
      return;
    }
    signalGroup(this.pid, "SIGTERM");
    const deadline = Date.now() + STOP_GRACE_MS;
    while (Date.now() < deadline && groupAlive(this.pid)) await sleep(50);
    if (groupAlive(this.pid)) {
      console.warn(`next start (group ${this.pid}) did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM; sending SIGKILL`);
      signalGroup(this.pid, "SIGKILL");
      while (groupAlive(this.pid)) await sleep(20);
    }
    live.delete(this.pid);
  }
}

// Groups started and not yet seen gone: killed synchronously if the process exits any other way.
const live = new Set<number>();
process.on("exit", () => {
  for (const pid of live) signalGroup(pid, "SIGKILL");
});

/** True when a TCP connection to the URL's host and port succeeds. */
function accepts(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Fails when something already answers on the port: a leftover server would be soaked instead of this one. */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`port ${port} is already in use; stop whatever listens there and retry`));
    });
    socket.once("error", () => resolve());
  });
}

/** Waits until nothing answers on the port any more (the killed server's socket is gone). */
export async function waitPortFree(host: string, port: number, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertPortFree(host, port);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}
