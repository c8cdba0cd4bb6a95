const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const app = express();
const DOCS_DIR = path.resolve(__dirname, 'docs');

function docPath(name) {
  const full = path.resolve(DOCS_DIR, name);
  if (!full.startsWith(DOCS_DIR + path.sep)) {
    throw new Error('outside docs');
  }
  return full;
}

app.get('/docs', async (req, res) => {
  const name = req.query.page || 'index.md';
  try {
    const text = await fs.readFile(docPath(String(name)), 'utf8');
    res.type('text/markdown').send(text);
  } catch {
    res.status(404).send('not found');
  }
});

app.listen(3000);
