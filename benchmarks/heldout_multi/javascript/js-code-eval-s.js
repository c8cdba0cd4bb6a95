const express = require('express');
const app = express();
app.use(express.json());

const items = [{ name: 'a', price: 3 }, { name: 'b', price: 12 }];

app.post('/filter', (req, res) => {
  const max = Number(req.body.maxPrice);
  const result = items.filter((item) => item.price <= max);
  res.json(result);
});

app.listen(3000);
