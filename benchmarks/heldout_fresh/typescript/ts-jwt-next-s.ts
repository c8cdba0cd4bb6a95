// middleware.ts
import { NextRequest, NextResponse } from 'next/server';
import { jwtVerify } from 'jose';

const KEY = new TextEncoder().encode(process.env.SESSION_JWT_SECRET);

export async function middleware(req: NextRequest) {
  const token = req.cookies.get('session')?.value;
  if (!token) {
    return NextResponse.redirect(new URL('/login', req.url));
  }
  try {
    const { payload } = await jwtVerify(token, KEY, { algorithms: ['HS256'] });
    if (payload.role !== 'staff') {
      return new NextResponse('forbidden', { status: 403 });
    }
  } catch {
    return NextResponse.redirect(new URL('/login', req.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/staff/:path*'] };
