// app/go/route.ts
import { NextRequest, NextResponse } from 'next/server';

export async function GET(request: NextRequest) {
  const dest = request.nextUrl.searchParams.get('to');
  if (!dest) {
    return NextResponse.redirect(new URL('/', request.url));
  }
  // record the click for analytics before leaving
  console.info('outbound click');
  return NextResponse.redirect(new URL(dest, request.url));
}
