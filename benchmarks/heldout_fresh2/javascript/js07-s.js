const express = require('express');

const app = express();

function esc(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function renderResults(term, hits) {
  const items = hits.map((h) => `<li><a href="/p/${h.id}">${esc(h.name)}</a></li>`).join('');
  return `<!doctype html>
<html><body>
  <h1>Results for "${esc(term)}"</h1>
  <ul>${items}</ul>
</body></html>`;
}

const CATALOG = [
  { id: 1, name: 'Espresso machine' },
  { id: 2, name: 'Milk frother' },
  { id: 3, name: 'Burr grinder' },
];

// GET /search?q=grinder
app.get('/search', (req, res) => {
  const term = String(req.query.q || '');
  const hits = CATALOG.filter((p) => p.name.toLowerCase().includes(term.toLowerCase()));
  res.type('html').send(renderResults(term, hits));
});

app.listen(3000);
