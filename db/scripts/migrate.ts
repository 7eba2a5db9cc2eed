import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { getEnv } from "@/lib/env";

migrateDatabase(getDb());
console.log(`Database ${getEnv().DATABASE_PATH} is migrated.`);
