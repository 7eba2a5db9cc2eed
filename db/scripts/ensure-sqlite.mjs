// Runs after `npm install`: better-sqlite3 compiles a native addon, and npm
// skips install scripts it was not told to trust. Rebuild it if it cannot load.
import { execSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
function loads() {
  try {
    const Database = require("better-sqlite3");
    new Database(":memory:").close();
    return true;
  } catch {
    return false;
  }
}

if (!loads()) {
  console.log("better-sqlite3 did not load; building it from source (about 2 minutes)…");
  execSync("npm rebuild better-sqlite3", { stdio: "inherit" });
  if (!loads()) {
    console.error("better-sqlite3 still does not load. Node 20.19+ with python3, make and g++ is required.");
    process.exit(1);
  }
}
