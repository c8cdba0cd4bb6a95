const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const app = express();
const DOCS_DIR = path.join(__dirname, 'docs');

function docPath(name) {
  return path.join(DOCS_DIR, name);
}

app.get('/docs', async (req, res) => {
  const name = req.query.page || 'index.md';
  try {
    const text = await fs.readFile(docPath(name), 'utf8');
    res.type('text/markdown').send(text);
  } catch {
    res.status(404).send('not found');
  }
});

app.listen(3000);
