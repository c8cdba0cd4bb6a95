// pages/api/link-preview.js
export default async function handler(req, res) {
  const { url } = req.query;
  if (!url) {
    return res.status(400).json({ error: 'url is required' });
  }
  try {
    const upstream = await fetch(url, { redirect: 'follow' });
    const html = await upstream.text();
    const title = (html.match(/<title>([^<]*)<\/title>/i) || [])[1] || '';
    const desc = (html.match(/<meta name="description" content="([^"]*)"/i) || [])[1] || '';
    res.status(200).json({ title, description: desc });
  } catch (err) {
    res.status(502).json({ error: 'could not fetch' });
  }
}
