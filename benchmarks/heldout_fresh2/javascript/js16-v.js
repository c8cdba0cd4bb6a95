const express = require('express');
const mongoose = require('mongoose');

const Account = mongoose.model('Account', new mongoose.Schema({
  username: String,
  apiKey: String,
  plan: String,
}));

const app = express();
app.use(express.json());

// POST /api/keys/lookup  { "username": "bob", "apiKey": "..." }
app.post('/api/keys/lookup', async (req, res) => {
  const { username, apiKey } = req.body;
  const account = await Account.findOne({ username, apiKey }).lean();
  if (!account) {
    return res.status(403).json({ error: 'unknown key' });
  }
  res.json({ username: account.username, plan: account.plan });
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
