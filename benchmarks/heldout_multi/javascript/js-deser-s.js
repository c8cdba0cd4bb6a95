const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/prefs', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
  const prefs = JSON.parse(raw || '{}');
  res.json(prefs);
});

app.listen(3000);
