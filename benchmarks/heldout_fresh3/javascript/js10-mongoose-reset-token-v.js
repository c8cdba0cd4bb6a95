const express = require('express');
const bcrypt = require('bcrypt');
const { User } = require('./models');

const router = express.Router();
router.use(express.json());

// POST /password/reset {"token": "...", "newPassword": "..."}
router.post('/password/reset', async (req, res) => {
  const { token, newPassword } = req.body;
  if (!token || !newPassword || String(newPassword).length < 10) {
    return res.status(400).json({ error: 'token and a password of 10+ chars are required' });
  }
  const user = await User.findOne({
    resetToken: token,
    resetTokenExpires: { $gt: new Date() },
  });
  if (!user) {
    return res.status(400).json({ error: 'invalid or expired token' });
  }
  user.passwordHash = await bcrypt.hash(String(newPassword), 12);
  user.resetToken = undefined;
  user.resetTokenExpires = undefined;
  await user.save();
  res.json({ ok: true });
});

module.exports = router;
