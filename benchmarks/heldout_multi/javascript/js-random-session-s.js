const express = require('express');
const crypto = require('crypto');
const app = express();
const sessions = new Map();

function newSessionId() {
  return crypto.randomBytes(24).toString('base64url');
}

app.post('/session', (req, res) => {
  const id = newSessionId();
  sessions.set(id, { created: Date.now() });
  res.cookie('sid', id, { httpOnly: true, secure: true });
  res.end();
});

app.listen(3000);
