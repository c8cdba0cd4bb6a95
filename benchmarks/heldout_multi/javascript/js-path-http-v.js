const http = require('http');
const fs = require('fs');
const url = require('url');

const ROOT = './public';

http.createServer((req, res) => {
  const pathname = decodeURIComponent(url.parse(req.url).pathname);
  fs.readFile(ROOT + pathname, (err, data) => {
    if (err) { res.writeHead(404); return res.end(); }
    res.end(data);
  });
}).listen(8080);
