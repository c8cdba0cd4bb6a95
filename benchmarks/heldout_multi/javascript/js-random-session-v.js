const express = require('express');
const app = express();
const sessions = new Map();

function newSessionId() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

app.post('/session', (req, res) => {
  const id = newSessionId();
  sessions.set(id, { created: Date.now() });
  res.cookie('sid', id, { httpOnly: true, secure: true });
  res.end();
});

app.listen(3000);
