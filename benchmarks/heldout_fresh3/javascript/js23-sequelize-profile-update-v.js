const express = require('express');
const { User } = require('./models'); // columns: id, email, displayName, bio, avatarUrl, role, credits
const { requireLogin } = require('./auth');

const router = express.Router();
router.use(express.json());

// PATCH /me  {"displayName": "...", "bio": "...", "avatarUrl": "..."}
router.patch('/me', requireLogin, async (req, res) => {
  const [count] = await User.update(req.body, {
    where: { id: req.session.userId },
  });
  if (count === 0) return res.status(404).json({ error: 'user not found' });
  const user = await User.findByPk(req.session.userId, {
    attributes: ['id', 'email', 'displayName', 'bio', 'avatarUrl'],
  });
  res.json(user);
});

module.exports = router;
