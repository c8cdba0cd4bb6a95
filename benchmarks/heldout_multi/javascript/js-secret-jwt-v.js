const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());
const JWT_SECRET = 'f3b9c2a17d5e4c8b9a0e6d2f1c3b5a79';

app.post('/token', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.listen(3000);
