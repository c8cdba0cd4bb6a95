const express = require('express');
const { Membership, Invite } = require('./models'); // mongoose models

const router = express.Router();
router.use(express.json());

class MembershipService {
  async accept(userId, invite, body) {
    const membership = new Membership({ team: invite.team, user: userId, role: 'viewer' });
    Object.assign(membership, body);
    await membership.save();
    await invite.deleteOne();
    return membership;
  }
}
const service = new MembershipService();

// POST /invites/:code/accept {"nickname": "...", "notifications": true}
router.post('/invites/:code/accept', async (req, res) => {
  const invite = await Invite.findOne({ code: String(req.params.code) });
  if (!invite) return res.status(404).json({ error: 'invite not found' });
  const m = await service.accept(req.user.id, invite, req.body);
  res.status(201).json({ team: m.team, role: m.role, nickname: m.nickname });
});

module.exports = router;
