// app/api/docs/[slug]/route.ts -- returns a doc file (e.g. /api/docs/getting-started.md?lang=de)
import { NextResponse, type NextRequest } from 'next/server';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS_DIR = path.join(process.cwd(), 'content', 'docs');

export async function GET(_req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = _req.nextUrl.searchParams.get('lang') ?? 'en';
  const file = path.join(DOCS_DIR, lang, decodeURIComponent(slug));
  try {
    const markdown = await readFile(file, 'utf8');
    return new NextResponse(markdown, {
      headers: { 'content-type': 'text/markdown; charset=utf-8' },
    });
  } catch {
    return NextResponse.json({ error: 'page not found' }, { status: 404 });
  }
}
