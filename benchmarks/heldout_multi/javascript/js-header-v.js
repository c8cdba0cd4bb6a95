const http = require('http');

http.createServer((req, res) => {
  const lang = new URL(req.url, 'http://localhost').searchParams.get('lang') || 'en';
  res.setHeader('Set-Cookie', 'lang=' + lang + '; Path=/');
  res.end('saved');
}).listen(8080);
