import express from "express";
import mongoose from "mongoose";
import bcrypt from "bcrypt";

const User = mongoose.model("User", new mongoose.Schema({ email: String, passwordHash: String, resetCode: String }));
const app = express();
app.use(express.json());

app.post("/password/reset", async (req, res) => {
  const { email, code, newPassword } = req.body;
  const user = await User.findOne({ email, resetCode: code });
  if (!user) {
    return res.status(400).json({ error: "invalid or expired code" });
  }
  user.passwordHash = await bcrypt.hash(newPassword, 12);
  user.resetCode = undefined;
  await user.save();
  res.json({ ok: true });
});

app.listen(3000);
