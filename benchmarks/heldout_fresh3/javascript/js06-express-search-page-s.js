const express = require('express');
const app = express();

const products = [
  { id: 1, name: 'Trail running shoes' },
  { id: 2, name: 'Rain jacket' },
  { id: 3, name: 'Camping stove' },
];

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

function renderResults(term, hits) {
  const items = hits.map((p) => `<li><a href="/p/${p.id}">${esc(p.name)}</a></li>`).join('');
  return `<!doctype html>
<html><body>
  <h1>Results for "${esc(term)}"</h1>
  <ul>${items || '<li>No matches</li>'}</ul>
</body></html>`;
}

app.get('/search', (req, res) => {
  const term = String(req.query.q || '');
  const hits = products.filter((p) => p.name.toLowerCase().includes(term.toLowerCase()));
  res.type('html').send(renderResults(term, hits));
});

app.listen(3000);
