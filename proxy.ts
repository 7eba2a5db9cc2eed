import { NextResponse, type NextRequest } from "next/server";

// Next 16 answers 500 when a dynamic segment holds a percent-encoding that is
// not valid UTF-8 (/articles/%E0%A4%A): its router throws while decoding
// (vercel/next.js#92557). Such a URL names nothing, so it gets a 404 here. The
// matcher only lets paths with a "%" in, so ordinary requests skip this.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return new NextResponse("Not found: the address is not valid.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

export const config = { matcher: ["/:path*/(.*%.*)"] };
