const express = require('express');
const app = express();
const products = ['red shirt', 'blue jeans', 'green hat'];

app.get('/find', (req, res) => {
  const re = new RegExp(req.query.q, 'i');
  res.json(products.filter((p) => re.test(p)));
});

app.listen(3000);
