const http = require('http');
const { exec } = require('child_process');
const { URL } = require('url');

class Thumbnailer {
  constructor(source) {
    this.source = source;
  }

  run(cb) {
    exec(`convert /var/uploads/${this.source} -resize 200x200 /var/thumbs/${this.source}`, cb);
  }
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const file = url.searchParams.get('file') || '';
  new Thumbnailer(file).run((err) => {
    res.writeHead(err ? 500 : 200, { 'Content-Type': 'text/plain' });
    res.end(err ? 'failed' : 'ok');
  });
}).listen(8080);
