// Worker threads do not inherit tsx from the test runner: register it here,
// then run the TypeScript worker (started with --conditions=react-server, as
// the server runs, so the data layer's "server-only" guard lets it in).
import { register } from "tsx/esm/api";

register();
await import("./capacity-race.worker.ts");
