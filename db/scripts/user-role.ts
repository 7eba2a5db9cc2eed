// npm run user:role -- EMAIL ROLE   The way to make the first admin.
import { z } from "zod";
import { getDb } from "../client";
import { migrateDatabase } from "../migrate";
import { ROLES } from "@/db/schema";
import { setRole } from "@/lib/accounts/users";

const args = z.tuple([z.string().trim().toLowerCase().pipe(z.email()), z.enum(ROLES)]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(`Usage: npm run user:role -- EMAIL ROLE   (ROLE is one of: ${ROLES.join(", ")})`);
  process.exit(2);
}
const [email, role] = args.data;
const db = getDb();
migrateDatabase(db);
const user = setRole(db, { email, role });
if (!user) {
  console.error(`No account has the email ${email}.`);
  process.exit(1);
}
console.log(`${email} (@${user.handle}) is now ${role}.`);
