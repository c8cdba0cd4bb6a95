const Fastify = require('fastify');
const mongoose = require('mongoose');

const Member = mongoose.model('Member', new mongoose.Schema({
  email: { type: String, required: true },
  displayName: String,
  bio: String,
  role: { type: String, default: 'member' },
  emailVerified: { type: Boolean, default: false },
}));

const app = Fastify();
const EDITABLE = ['displayName', 'bio'];

// PATCH /members/:id  — lets a member edit their profile
app.patch('/members/:id', async (req, reply) => {
  if (!req.user || req.user.id !== req.params.id) {
    return reply.code(403).send({ error: 'forbidden' });
  }
  const changes = {};
  for (const field of EDITABLE) {
    if (typeof req.body[field] === 'string') changes[field] = req.body[field].slice(0, 500);
  }
  const updated = await Member.findByIdAndUpdate(req.params.id, { $set: changes }, { new: true }).lean();
  return { id: updated._id, displayName: updated.displayName, bio: updated.bio };
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen({ port: 3000 }));
