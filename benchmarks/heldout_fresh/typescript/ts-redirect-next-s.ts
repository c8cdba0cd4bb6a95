// app/go/route.ts
import { NextRequest, NextResponse } from 'next/server';

const DESTINATIONS: Record<string, string> = {
  docs: 'https://docs.example.com/',
  status: 'https://status.example.com/',
  blog: '/blog',
};

export async function GET(request: NextRequest) {
  const key = request.nextUrl.searchParams.get('to') ?? '';
  const dest = Object.prototype.hasOwnProperty.call(DESTINATIONS, key) ? DESTINATIONS[key] : '/';
  // record the click for analytics before leaving
  console.info('outbound click');
  return NextResponse.redirect(new URL(dest, request.url));
}
