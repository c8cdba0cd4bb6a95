// pages/api/posts/[slug].ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type Post = { id: number; title: string; body: string };

function tableFor(kind: unknown): string {
  switch (kind) {
    case 'draft':
      return 'draft_posts';
    default:
      return 'posts';
  }
}

export default async function handler(req: NextApiRequest, res: NextApiResponse<Post | { error: string }>) {
  const slug = req.query.slug as string;
  const table = tableFor(req.query.kind);
  const result = await pool.query<Post>('SELECT id, title, body FROM ' + table + ' WHERE slug = $1', [slug]);
  if (result.rowCount === 0) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json(result.rows[0]);
}
