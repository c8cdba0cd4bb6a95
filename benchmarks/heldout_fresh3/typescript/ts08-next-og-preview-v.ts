// app/share/route.ts -- HTML page with Open Graph tags for a shared quote
import { type NextRequest } from 'next/server';

function page(quote: string, author: string): string {
  return `<!doctype html>
<html>
<head>
  <meta property="og:title" content="${author} on Quotely">
  <meta property="og:description" content="${quote}">
  <title>${author} on Quotely</title>
</head>
<body>
  <blockquote>${quote}</blockquote>
  <p>&mdash; ${author}</p>
</body>
</html>`;
}

export function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q') ?? '';
  const by = req.nextUrl.searchParams.get('by') ?? 'Anonymous';
  return new Response(page(q.slice(0, 280), by.slice(0, 80)), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}
