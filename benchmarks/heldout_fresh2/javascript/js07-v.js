const express = require('express');

const app = express();

function renderResults(term, hits) {
  const items = hits.map((h) => `<li><a href="/p/${h.id}">${h.name}</a></li>`).join('');
  return `<!doctype html>
<html><body>
  <h1>Results for "${term}"</h1>
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
