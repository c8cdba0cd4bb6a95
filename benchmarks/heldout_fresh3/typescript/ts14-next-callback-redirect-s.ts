// app/auth/complete/route.ts -- finishes the magic-link sign-in and returns to callbackUrl
import { NextResponse, type NextRequest } from 'next/server';
import { consumeMagicLink, createSessionCookie } from '@/lib/auth';

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token');
  const callbackUrl = req.nextUrl.searchParams.get('callbackUrl') ?? '/dashboard';

  const user = token ? await consumeMagicLink(token) : null;
  if (!user) {
    return NextResponse.redirect(new URL('/login?error=expired', req.url));
  }

  let destination = new URL(callbackUrl, req.url);
  if (destination.origin !== req.nextUrl.origin) {
    destination = new URL('/dashboard', req.url);
  }
  const res = NextResponse.redirect(destination);
  res.cookies.set(await createSessionCookie(user.id));
  return res;
}
