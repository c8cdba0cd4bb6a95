const http = require('http');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve('./public');

http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const full = path.normalize(path.join(ROOT, pathname));
  if (!full.startsWith(ROOT + path.sep)) { res.writeHead(403); return res.end(); }
  fs.readFile(full, (err, data) => {
    if (err) { res.writeHead(404); return res.end(); }
    res.end(data);
  });
}).listen(8080);
