// middleware.ts
import { NextRequest, NextResponse } from 'next/server';
import { decodeJwt } from 'jose';

export function middleware(req: NextRequest) {
  const token = req.cookies.get('session')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', req.url));
  }
  const claims = decodeJwt(token);
  if (claims.role !== 'staff') {
    return new NextResponse('forbidden', { status: 403 });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/staff/:path*'] };
