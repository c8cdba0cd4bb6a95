const express = require('express');
const axios = require('axios');

const app = express();

app.get('/preview', async (req, res) => {
  const target = req.query.url;
  const page = await axios.get(target, { timeout: 3000 });
  const title = /<title>([^<]*)<\/title>/i.exec(page.data);
  res.json({ title: title ? title[1] : null });
});

app.listen(3000);
