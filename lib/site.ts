import { getEnv } from "@/lib/env";

export const SITE_NAME = "Tandem";
export const SITE_TAGLINE = "Grow through other people";
export const SITE_DESCRIPTION =
  "Tandem is a mentorship and peer-support community: read guides on mentorship, support networks and learning communities, find a mentor who fits you, and ask and answer in the forum.";

export function siteUrl(path = "/"): string {
  return new URL(path, getEnv().SITE_URL).toString();
}
