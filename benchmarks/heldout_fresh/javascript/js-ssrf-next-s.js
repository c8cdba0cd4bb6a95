// pages/api/link-preview.js
const PREVIEW_HOSTS = new Set(['www.youtube.com', 'github.com', 'en.wikipedia.org']);

export default async function handler(req, res) {
  const { url } = req.query;
  let target;
  try {
    target = new URL(String(url));
  } catch {
    return res.status(400).json({ error: 'bad url' });
  }
  if (target.protocol !== 'https:' || target.port !== '' || !PREVIEW_HOSTS.has(target.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  try {
    const upstream = await fetch(target.href, { redirect: 'error' });
    const html = await upstream.text();
    const title = (html.match(/<title>([^<]*)<\/title>/i) || [])[1] || '';
    res.status(200).json({ title });
  } catch (err) {
    res.status(502).json({ error: 'could not fetch' });
  }
}
