import { NextResponse } from "next/server";

const FEED_HOSTS = new Set(["feeds.bbci.co.uk", "rss.nytimes.com", "blog.example.com"]);

export async function POST(request: Request) {
  const { feedUrl } = (await request.json()) as { feedUrl: string };
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    return NextResponse.json({ error: "invalid url" }, { status: 400 });
  }
  if (url.protocol !== "https:" || url.port !== "" || !FEED_HOSTS.has(url.hostname)) {
    return NextResponse.json({ error: "feed host not allowed" }, { status: 400 });
  }
  const upstream = await fetch(url, { headers: { accept: "application/rss+xml" }, redirect: "error" });
  const xml = await upstream.text();
  const titles = [...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]).slice(0, 20);
  return NextResponse.json({ feedUrl, titles });
}
