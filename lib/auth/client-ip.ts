/**
 * The client's address as Next's server reports it (x-forwarded-for, which
 * next start sets from the socket). Behind a proxy that appends to it, the
 * first entry is the client's; a client can forge it, which is why sign-in
 * is also limited per account.
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
