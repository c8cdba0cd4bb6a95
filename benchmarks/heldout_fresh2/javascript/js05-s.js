const http = require('http');
const fs = require('fs');
const path = require('path');
const { URL } = require('url');

const DOCS_ROOT = path.resolve(__dirname, 'docs');

// Tiny static server for the docs folder: GET /docs?page=getting-started.md
http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname !== '/docs') {
    res.writeHead(404);
    return res.end();
  }
  const page = url.searchParams.get('page') || 'index.md';
  const file = path.resolve(DOCS_ROOT, page);
  if (!file.startsWith(DOCS_ROOT + path.sep)) {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    return res.end('bad page');
  }
  fs.readFile(file, 'utf8', (err, text) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    res.end(text);
  });
}).listen(8080);
