const http = require('http');

const LANGS = ['en', 'de', 'fr', 'es'];

http.createServer((req, res) => {
  const asked = new URL(req.url, 'http://localhost').searchParams.get('lang');
  const lang = LANGS.includes(asked) ? asked : 'en';
  res.setHeader('Set-Cookie', 'lang=' + lang + '; Path=/');
  res.end('saved');
}).listen(8080);
