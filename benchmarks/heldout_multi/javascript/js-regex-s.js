const express = require('express');
const app = express();
const products = ['red shirt', 'blue jeans', 'green hat'];
const escapeRegExp = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

app.get('/find', (req, res) => {
  const re = new RegExp(escapeRegExp(req.query.q), 'i');
  res.json(products.filter((p) => re.test(p)));
});

app.listen(3000);
