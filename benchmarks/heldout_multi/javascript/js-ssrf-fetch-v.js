export default async function handler(req, res) {
  const src = req.query.src;
  const upstream = await fetch(src);
  const buf = Buffer.from(await upstream.arrayBuffer());
  res.setHeader('Content-Type', upstream.headers.get('content-type') || 'image/png');
  res.send(buf);
}
