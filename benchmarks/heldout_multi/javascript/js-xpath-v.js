const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'));

app.get('/check', (req, res) => {
  const expr = "//user[name='" + req.query.user + "' and pass='" + req.query.pass + "']";
  const nodes = xpath.select(expr, doc);
  res.json({ ok: nodes.length > 0 });
});

app.listen(3000);
