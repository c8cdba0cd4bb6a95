const AVATAR_HOST = 'avatars.example.com';

export default async function handler(req, res) {
  const src = new URL(req.query.src);
  if (src.protocol !== 'https:' || src.hostname !== AVATAR_HOST) return res.status(400).end();
  const upstream = await fetch(src);
  const buf = Buffer.from(await upstream.arrayBuffer());
  res.setHeader('Content-Type', upstream.headers.get('content-type') || 'image/png');
  res.send(buf);
}
