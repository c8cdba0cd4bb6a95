const express = require('express');
const bcrypt = require('bcrypt');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const users = new MongoClient(process.env.MONGO_URL).db('app').collection('users');

app.post('/login', async (req, res) => {
  const user = await users.findOne({ username: String(req.body.username) });
  const ok = !!user && await bcrypt.compare(String(req.body.password), user.passwordHash);
  res.json({ ok });
});

app.listen(3000);
