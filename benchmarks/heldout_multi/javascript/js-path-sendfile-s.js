const express = require('express');
const path = require('path');
const fs = require('fs');

const app = express();
const BASE = path.join(__dirname, 'downloads');

app.get('/download', (req, res) => {
  const file = path.resolve(BASE, req.query.name);
  if (!file.startsWith(BASE + path.sep)) return res.status(403).end();
  fs.createReadStream(file).pipe(res);
});

app.listen(3000);
