import { NextRequest, NextResponse } from 'next/server';

export function GET(req: NextRequest) {
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/';
  const target = new URL(callbackUrl, req.url);
  if (target.origin !== req.nextUrl.origin) return NextResponse.redirect(new URL('/', req.url));
  return NextResponse.redirect(target);
}
