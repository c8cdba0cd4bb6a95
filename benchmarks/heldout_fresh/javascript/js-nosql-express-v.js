const express = require('express');
const mongoose = require('mongoose');

const Invite = mongoose.model('Invite', new mongoose.Schema({
  code: String,
  team: String,
  used: Boolean,
}));

const app = express();
app.use(express.json());

app.post('/invites/redeem', async (req, res) => {
  const invite = await Invite.findOne({ code: req.body.code, used: false });
  if (!invite) {
    return res.status(404).json({ error: 'invalid invite' });
  }
  invite.used = true;
  await invite.save();
  res.json({ team: invite.team });
});

mongoose.connect('mongodb://localhost/app').then(() => app.listen(3000));
