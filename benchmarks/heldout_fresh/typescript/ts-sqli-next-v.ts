// pages/api/posts/[slug].ts
import type { NextApiRequest, NextApiResponse } from 'next';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

type Post = { id: number; title: string; body: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse<Post | { error: string }>) {
  const slug = req.query.slug as string;
  const result = await pool.query<Post>(
    "SELECT id, title, body FROM posts WHERE published AND slug = '" + slug + "'",
  );
  if (result.rowCount === 0) {
    res.status(404).json({ error: 'not found' });
    return;
  }
  res.status(200).json(result.rows[0]);
}
