const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

export default function handler(req, res) {
  const { comment } = req.query;
  res.setHeader('Content-Type', 'text/html');
  res.end(`<div class="preview">${escape(comment)}</div>`);
}
