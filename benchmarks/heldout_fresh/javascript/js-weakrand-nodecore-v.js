// sessions.js - tiny in-memory session store for our http server
const sessions = new Map();

function newSessionId() {
  let id = '';
  while (id.length < 32) {
    id += Math.floor(Math.random() * 16).toString(16);
  }
  return id;
}

function createSession(userId) {
  const sid = newSessionId();
  sessions.set(sid, { userId, created: Date.now() });
  return sid;
}

function lookup(sid) {
  return sessions.get(sid) || null;
}

module.exports = { createSession, lookup };
