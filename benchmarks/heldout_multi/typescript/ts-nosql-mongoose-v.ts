import express from 'express';
import mongoose from 'mongoose';

const User = mongoose.model('User', new mongoose.Schema({ email: String, resetToken: String, password: String }));
const app = express();
app.use(express.json());

app.post('/reset', async (req, res) => {
  const user = await User.findOne({ resetToken: req.body.token });
  if (!user) return res.sendStatus(404);
  res.json({ email: user.email });
});

app.listen(3000);
