import type { Role } from "@/db/schema";

// For local use only: the README lists them. Never seed these in production.
export const DEMO_PASSWORD = "tandem-demo-password";

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: "learner@example.com", displayName: "Lena Learner", role: "learner" },
  { email: "mentor@example.com", displayName: "Marco Mentor", role: "mentor" },
  { email: "moderator@example.com", displayName: "Mira Moderator", role: "moderator" },
  { email: "admin@example.com", displayName: "Ada Admin", role: "admin" },
];
