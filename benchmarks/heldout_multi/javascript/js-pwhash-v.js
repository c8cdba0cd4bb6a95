const express = require('express');
const crypto = require('crypto');

const app = express();
app.use(express.json());
const users = new Map();

app.post('/signup', (req, res) => {
  const hash = crypto.createHash('md5').update(req.body.password).digest('hex');
  users.set(req.body.username, hash);
  res.status(201).end();
});

app.listen(3000);
