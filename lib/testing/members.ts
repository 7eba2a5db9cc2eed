import type { Db } from "@/db/client";
import { profiles, users, type ProfileFields, type Role } from "@/db/schema";
import { EMPTY_PROFILE } from "@/lib/profiles/empty-profile";

export type TestMember = { id: number; handle: string; displayName: string; role: Role };

/** A member row (and a profile row when given) written straight to a test database. */
export function addMember(db: Db, handle: string, { role = "learner", profile }: { role?: Role; profile?: Partial<ProfileFields> } = {}): TestMember {
  const user = db
    .insert(users)
    .values({ email: `${handle}@example.org`, handle, displayName: handle[0]!.toUpperCase() + handle.slice(1), role })
    .returning({ id: users.id, handle: users.handle, displayName: users.displayName, role: users.role })
    .get();
  if (profile) db.insert(profiles).values({ ...EMPTY_PROFILE, ...profile, userId: user.id }).run();
  return user;
}

/** A published mentor taking mentees, with `capacity` places. */
export function addMentor(db: Db, handle: string, profile: Partial<ProfileFields> = {}): TestMember {
  return addMember(db, handle, {
    role: "mentor",
    profile: { mentorPublished: true, acceptingMentees: true, capacity: 2, expertise: ["Leadership"], formats: ["video"], languages: ["English"], ...profile },
  });
}
