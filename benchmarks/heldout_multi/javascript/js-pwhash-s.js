const express = require('express');
const bcrypt = require('bcrypt');

const app = express();
app.use(express.json());
const users = new Map();

app.post('/signup', async (req, res) => {
  const hash = await bcrypt.hash(req.body.password, 12);
  users.set(req.body.username, hash);
  res.status(201).end();
});

app.listen(3000);
