import { NextResponse, type NextRequest } from "next/server";

// Next answers a path with malformed percent-encoding (e.g. /tags/%E0%A4%A) with a bare 500.
// That is the client's mistake: say so with a 400 before routing gets to it.
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address contains malformed percent-encoding.\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
