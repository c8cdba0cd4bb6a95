const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('users.xml', 'utf8'));

app.get('/check', (req, res) => {
  const expr = xpath.parse('//user[name=$user and pass=$pass]');
  const nodes = expr.select({ node: doc, variables: { user: String(req.query.user), pass: String(req.query.pass) } });
  res.json({ ok: nodes.length > 0 });
});

app.listen(3000);
