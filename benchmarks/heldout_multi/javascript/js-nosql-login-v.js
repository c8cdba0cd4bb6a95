const express = require('express');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());
const users = new MongoClient(process.env.MONGO_URL).db('app').collection('users');

app.post('/login', async (req, res) => {
  const user = await users.findOne({ username: req.body.username, password: req.body.password });
  res.json({ ok: !!user });
});

app.listen(3000);
