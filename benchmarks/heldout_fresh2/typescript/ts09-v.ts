import { NextResponse } from "next/server";

export async function POST(request: Request) {
  const { feedUrl } = (await request.json()) as { feedUrl: string };
  if (!feedUrl || !/^https?:\/\//.test(feedUrl)) {
    return NextResponse.json({ error: "invalid url" }, { status: 400 });
  }
  const upstream = await fetch(feedUrl, { headers: { accept: "application/rss+xml" } });
  const xml = await upstream.text();
  const titles = [...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]).slice(0, 20);
  return NextResponse.json({ feedUrl, titles });
}
